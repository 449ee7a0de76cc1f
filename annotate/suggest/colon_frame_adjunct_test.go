package suggest

import (
	"fmt"
	"testing"
)

// TestColonFrameAdjunct: where from, how often or when a message was sent
// may stand between the cue and the colon of a quotation ("radioed from
// the ship: “…”", "said again before the line went dead: “…”"); a clause
// of content there stays what it was.
func TestColonFrameAdjunct(t *testing.T) {
	const q = "“The river is over the bank at the mill. Keep the children away from the towpath.”"
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"radioed from a place",
			"The rain kept on. Pell Arno radioed from the lock: " + q,
			[]suggestion{{q, "Pell Arno", "Pell Arno", "radioed", "D3", "direct"}}},
		{"again and a clause of time",
			"The rain kept on. Pell Arno said again before the line went dead: " + q,
			[]suggestion{{q, "Pell Arno", "Pell Arno", "said", "D3", "direct"}}},
		{"a longer clause of time",
			"The rain kept on. Pell Arno radioed once more before we lost the signal behind the weir: " + q,
			[]suggestion{{q, "Pell Arno", "Pell Arno", "radioed", "D3", "direct"}}},
		{"once more",
			"The rain kept on. Pell Arno radioed once more: " + q,
			[]suggestion{{q, "Pell Arno", "Pell Arno", "radioed", "D3", "direct"}}},
		{"near-miss: a content clause before the colon",
			"The rain kept on. Pell Arno said the lock had failed: " + q,
			[]suggestion{{"the lock had failed: " + q, "Pell Arno", "Pell Arno", "said", "I1", "mixed"}}},
		{"near-miss: radioed for help is no statement",
			"The rain kept on. Pell Arno radioed for help at noon.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if g := fmt.Sprint(got); g != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, g, tt.want)
			}
		})
	}
}
