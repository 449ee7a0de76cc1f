package suggest

import "testing"

// TestCourtRulings: what a court, judge or panel "ruled that" is its
// statement, one a clause; "ruled out", "ruled the valley", "ruled that
// out" and the noun "rules" state nothing.
func TestCourtRulings(t *testing.T) {
	tests := []suggestCase{
		{"a court in the perfect",
			"The Court of Appeal has ruled that the guidance was unlawful.",
			[]suggestion{{"the guidance was unlawful", "The Court of Appeal", "Court of Appeal", "has ruled", "I1", "indirect"}}},
		{"a panel",
			"The panel ruled that she could not show how the drug came to be in her sample.",
			[]suggestion{{"she could not show how the drug came to be in her sample", "The panel", "panel", "ruled", "I1", "indirect"}}},
		{"a judge, two clauses",
			"The judge ruled that the evidence could be heard, and that the trial would go ahead.",
			[]suggestion{
				{"the evidence could be heard", "The judge", "judge", "ruled", "I1", "indirect"},
				{"the trial would go ahead", "The judge", "judge", "ruled", "I1c", "indirect"},
			}},
		{"near-miss: ruled out",
			"The minister ruled out a second vote.",
			nil},
		{"near-miss: ruled a place",
			"The family ruled the valley for two centuries.",
			nil},
		{"near-miss: ruled that out",
			"The coach ruled that out on Tuesday.",
			nil},
		{"near-miss: the noun rules",
			"The rules that came into force in April ban the sale.",
			nil},
	}
	checkSuggestCases(t, tests)
}
