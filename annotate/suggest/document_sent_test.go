package suggest

import (
	"fmt"
	"testing"
)

// TestDocumentSentSpeaks: a document described by who sent it or whom it
// went to speaks as so described; the sender or readers inside the
// description do not, and a person who handled the document still speaks.
func TestDocumentSentSpeaks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // statement | speaker
	}{
		{"an email sent by a person on a date",
			"The council has denied any fault. But an email sent by a planning officer on 3 June warned that the bridge was close to failure.",
			[]string{"the bridge was close to failure | an email sent by a planning officer on 3 June"}},
		{"a letter circulated to a body",
			"A letter circulated to the parish council in March says the road should be closed at night.",
			[]string{"the road should be closed at night | A letter circulated to the parish council in March"}},
		{"near miss: a reader of the memo speaks",
			"Nurses who read the memo sent by the director said they were angry.",
			[]string{"they were angry | Nurses"}},
		{"near miss: a person who sent a letter speaks",
			"The engineer sent a letter to the board and said the pumps would fail.",
			[]string{"the pumps would fail | The engineer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var out []string
			for _, g := range got {
				out = append(out, g.statement+" | "+g.speaker)
			}
			if fmt.Sprint(out) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, out, tt.want)
			}
		})
	}
}
