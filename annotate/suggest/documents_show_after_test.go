package suggest

import (
	"fmt"
	"testing"
)

// TestDocumentsShowAfter: documents placed after what they show ("…, bank
// records show.") speak when they are bare or have an owner in the
// possessive; the writer's own reading ("…, the papers show."), a clause
// that goes on after the cue, and "as … show" state nothing.
func TestDocumentsShowAfter(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // statement and speaker
	}{
		{"bare documents",
			"Nine of the scanners failed in June, court records show.",
			[]string{"Nine of the scanners failed in June", "court records"}},
		{"an owner's documents",
			"Nine of the scanners failed in June, the trust’s own records show.",
			[]string{"Nine of the scanners failed in June", "the trust’s own records"}},
		{"near miss: the writer's reading",
			"Nine of the scanners failed in June, the papers show.",
			nil},
		{"near miss: the sentence goes on",
			"Nine of the scanners failed in June, the trust’s records show, and the board knew it.",
			nil},
		{"near miss: as the records show",
			"Nine of the scanners failed in June, as the trust’s records show.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var out []string
			for _, s := range got {
				out = append(out, s.statement, s.speaker)
			}
			if fmt.Sprint(out) != fmt.Sprint(tt.want) {
				t.Errorf("in %q:\n got %q\nwant %q", tt.text, out, tt.want)
			}
		})
	}
}
