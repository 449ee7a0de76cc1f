package suggest

import (
	"fmt"
	"testing"
)

// TestApposedBodyName: a body's description speaking with its name between
// commas after it ("the island’s fisheries office, the Oficina do Mar,
// said") speaks as the name, a particle the names lexicon lacks included;
// a description with no name after the comma is left alone.
func TestApposedBodyName(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"a name with a lower-case particle",
			"Boats stayed in port on Friday.\n\nMarovia’s island fisheries office, the Oficina do Mar, said in a statement that the closure followed advice.",
			[]string{"Oficina do Mar"}},
		{"near miss: no name after the comma",
			"Boats stayed in port on Friday.\n\nMarovia’s island fisheries office, in a statement, said the closure followed advice.",
			[]string{"Marovia’s island fisheries office"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
