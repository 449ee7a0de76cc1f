package suggest

import "testing"

// TestNamedAgainPersons: a speaker named again by the single name of a
// person who spoke before is that person, whom a "she" after it takes; a
// name that spoke as a body does not become a person.
func TestNamedAgainPersons(t *testing.T) {
	tests := []speakerCase{
		{"a pupil named again after a councillor",
			"Selin, 14, who organised the sit-in at Brookvale School, said the pupils had written to the mayor twice. “Nobody wrote back,” she said.\n\n" +
				"Councillor Joan Reeve, who leads Dunmere Town Council, said a reply would be sent next week.\n\n" +
				"Selin said the pupils would return on Monday. “We are not tired. We have only started,” she said.",
			[]speakerWant{
				{"We are not tired. We have only started", "Selin"},
				{"a reply would be sent next week", "Joan Reeve"},
			}},
		{"a body named again keeps its kind",
			"Quillmark, the payments firm, said its systems were safe.\n\n" +
				"Tessa Orme, a customer in Leeds, said she had lost £40.\n\n" +
				"Quillmark said refunds would follow. “Nobody will be out of pocket,” she said.",
			[]speakerWant{
				{"she had lost £40", "Tessa Orme"},
			}},
	}
	checkSpeakerCases(t, "named again persons", tests)
}
