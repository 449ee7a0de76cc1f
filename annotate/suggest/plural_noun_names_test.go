package suggest

import "testing"

// TestSingularBodyNotPluralNoun: "Authorities" opening a sentence is a
// plural noun, not a name a later "The authority" takes; the description
// takes its fuller wording earlier ("the harbour authority"), and an
// owner's possessive stays out of it ("the region's water regulator" gives
// "regulator"). A named body of the same kind is still taken.
func TestSingularBodyNotPluralNoun(t *testing.T) {
	tests := []speakerCase{
		{"a plural noun opening a sentence",
			"Authorities closed the coast road on Friday.\n\n" +
				"Fishermen ended their protest after the harbour authority cut its mooring fees. The authority said the cut would last a year.",
			[]speakerWant{
				{"the cut would last a year", "harbour authority"},
			}},
		{"an owner's possessive is no modifier",
			"A dairy was fined after a farmer complained to the region's water regulator. The regulator said the river had been polluted for weeks.",
			[]speakerWant{
				{"the river had been polluted for weeks", "regulator"},
			}},
		{"near miss: a named authority",
			"The Tarrow Harbour Authority closed the coast road on Friday. The authority said the road would reopen on Monday.",
			[]speakerWant{
				{"the road would reopen on Monday", "Tarrow Harbour Authority"},
			}},
	}
	checkSpeakerCases(t, "singular body and plural noun", tests)
}
