package suggest

import (
	"fmt"
	"testing"
)

// TestAccordingLongFrontedSource: a source opening its sentence with
// "According to" may run a dozen words to its comma; a clause before the
// comma still ends it.
func TestAccordingLongFrontedSource(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a document with its meeting, month and reader",
			"According to notes of a committee meeting in April seen by the Courier, councillors agreed to delay the repairs.",
			[]string{"councillors agreed to delay the repairs | notes of a committee meeting in April seen by the Courier"}},
		{"near miss: a clause before the comma is no source",
			"According to the council the road closed in April after the bridge was found to be unsafe, and nobody objected.",
			nil},
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
