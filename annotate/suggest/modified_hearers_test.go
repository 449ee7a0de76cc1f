package suggest

import "testing"

// TestModifiedHearer: a plural role noun with one noun before it is the
// hearer of a tell-class cue, not the start of its content; a quantifier,
// a pronoun and a say-class cue are near misses.
func TestModifiedHearer(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"told union negotiators, a quotation",
			"Hollins told union negotiators, ‘We can’t afford another winter of this.’",
			[]string{"‘We can’t afford another winter of this.’"}, nil},
		{"warned hospital managers that",
			"The chief executive warned hospital managers that budgets would be cut.",
			[]string{"budgets would be cut"}, nil},
		{"nested, with an adjunct",
			"He said Hollins had told union negotiators at the final meeting, ‘We can’t afford another winter of this,’ and that the offer came later.",
			[]string{"‘We can’t afford another winter of this,’"},
			[]string{"union negotiators at the final meeting, ‘We can’t afford another winter of this,’"}},
		{"near miss: a quantifier",
			"Hollins told all negotiators, ‘We can’t afford another winter.’",
			nil, []string{"‘We can’t afford another winter.’"}},
		{"near miss: a pronoun hearer",
			"She told them negotiators had failed.",
			[]string{"negotiators had failed"}, nil},
		{"near miss: a say-class cue",
			"The minister said union negotiators would meet again on Monday.",
			[]string{"union negotiators would meet again on Monday"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
