package suggest

import "testing"

// TestFellToDoer: the person an "it fell to … to" sentence names after its
// "to" does what its infinitive says, so the "she" after it takes her over
// someone of no known gender named before; a person the "to" only reaches
// ("the vase fell to …", "it fell to … with no infinitive") stays passed over.
func TestFellToDoer(t *testing.T) {
	tests := []speakerCase{
		{"it fell to, with an apposition, then the infinitive",
			"Glyn Aberdare-Price shouted that the plan could “wait a decade”.\n\n" +
				"It fell to Morwenna Castellan, the member for Trewint and the youngest in the room, to ask about the roof. Rain had come through her ceiling twice in March, she said.",
			[]speakerWant{
				{"Rain had come through her ceiling twice in March", "Morwenna Castellan"},
			}},
		{"it was left to, then the infinitive",
			"Glyn Aberdare-Price shouted that the plan could “wait a decade”.\n\n" +
				"It was left to Morwenna Castellan to ask about the roof. Rain had come through her ceiling twice in March, she said.",
			[]speakerWant{
				{"Rain had come through her ceiling twice in March", "Morwenna Castellan"},
			}},
		{"near miss: it fell to someone with no infinitive",
			"Glyn Aberdare-Price shouted that the plan could “wait a decade”.\n\n" +
				"The bill fell to Morwenna Castellan. Rain had come through the ceiling twice in March, she said.",
			[]speakerWant{
				{"Rain had come through the ceiling twice in March", "Glyn Aberdare-Price"},
			}},
		{"near miss: it fell to someone, and no infinitive follows",
			"Glyn Aberdare-Price shouted that the plan could “wait a decade”.\n\n" +
				"In the end the casting vote fell to Morwenna Castellan, and it fell to Morwenna Castellan again in May. Rain had come through the ceiling twice in March, she said.",
			[]speakerWant{
				{"Rain had come through the ceiling twice in March", "Glyn Aberdare-Price"},
			}},
	}
	checkSpeakerCases(t, "it fell to the doer", tests)
}
