package suggest

import "testing"

// TestTitledSurnameFit: "Mrs Trevail" after a woman, her brother and her
// niece of that surname, the women's given names unknown to the lists, is
// the first woman, not the brother the surname table keeps; "Mr Trevail"
// is the brother, and a title with no gender keeps the table's name.
func TestTitledSurnameFit(t *testing.T) {
	tests := []speakerCase{
		{"Mrs after a woman, her brother and a cousin",
			"Hundreds came for Morwenna Trevail. Her brother, Owen Trevail, sent a letter read by a cousin, Demelza Trevail. Mrs Trevail said she wanted no fuss.",
			[]speakerWant{{"she wanted no fuss", "Morwenna Trevail"}}},
		{"Ms after a sister, a cousin and a brother",
			"Eirwen Pengelly opened the shop in 1980. Her cousin Kensa Pengelly and her brother, David Pengelly, joined later. Ms Pengelly said trade had never been better.",
			[]speakerWant{{"trade had never been better", "Eirwen Pengelly"}}},
		{"Miss before the brother's name in the table",
			"Lowenna Craze taught the village to swim. Owen Craze, her brother, flew in from Perth with his daughter Elowen Craze. Miss Craze once said swimming was a duty.",
			[]speakerWant{{"swimming was a duty", "Lowenna Craze"}}},
		// near-misses
		{"Mr takes the brother",
			"Hundreds came for Morwenna Trevail. Her brother, Owen Trevail, sent a letter read by a cousin, Demelza Trevail. Mr Trevail said the service was beautiful.",
			[]speakerWant{{"the service was beautiful", "Owen Trevail"}}},
		{"one name only",
			"Owen Trevail ran the pub. Mr Trevail said it would close.",
			[]speakerWant{{"it would close", "Owen Trevail"}}},
		{"no title",
			"Hundreds came for Morwenna Trevail. Her brother, Owen Trevail, sent a letter read by a cousin, Demelza Trevail. Trevail said the service was beautiful.",
			[]speakerWant{{"the service was beautiful", "Owen Trevail"}}},
	}
	checkSpeakerCases(t, "titled surname gender", tests)
}
