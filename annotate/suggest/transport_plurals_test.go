package suggest

import (
	"fmt"
	"testing"
)

// TestTransportPlurals: a body whose name ends in a transport trade's
// plural ("Fellside Buses") is a company "the bus company" stands for; the
// council named between keeps its own statement.
func TestTransportPlurals(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"a trade's plural names a company",
			"Fellside Buses ran its last evening service on Friday, and the council said it was sorry.\n\nThe bus company said the routes did not pay.",
			[]string{"council", "Fellside Buses"}},
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
