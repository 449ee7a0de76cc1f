package suggest

import (
	"fmt"
	"testing"
)

// TestClaimFrom: "The second claim, from NAME, was that …" gives NAME's
// statement without a cue; a "from" of time, a claim with no "was that"
// and a claim from a nameless source give none.
func TestClaimFrom(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // statement, speaker, cue
	}{
		{"an ordinal claim from a named candidate",
			"The second claim, from Labour candidate Priya Onslow, was that rents had doubled since 2019.",
			[]string{"rents had doubled since 2019", "Priya Onslow", ""}},
		{"a complaint from a body",
			"The main complaint, from the Kelso Ferry Users Group, was that the ferry ran late.",
			[]string{"the ferry ran late", "the Kelso Ferry Users Group", ""}},
		{"near miss: from a time",
			"Her main complaint, from the start, was that the ferry ran late.",
			nil},
		{"near miss: no was that",
			"The second claim, from Priya Onslow, was easier to check.",
			nil},
		{"near miss: a nameless source",
			"The second claim, from a neighbour, was that rents had doubled since 2019.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var out []string
			for _, s := range got {
				out = append(out, s.statement, s.speaker, s.cue)
			}
			if fmt.Sprint(out) != fmt.Sprint(tt.want) {
				t.Errorf("in %q:\n got %q\nwant %q", tt.text, out, tt.want)
			}
		})
	}
}
