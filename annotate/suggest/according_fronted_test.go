package suggest

import (
	"fmt"
	"testing"
)

// TestAccordingAfterFrontedAdjunct: "according to" after a short fronted
// adjunct, or naming a document with no determiner, still opens the frame.
func TestAccordingAfterFrontedAdjunct(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"after a fronted adjunct", "Since then, according to the council, at least 14 farms in the county have closed.",
			[]string{"at least 14 farms in the county have closed"}},
		{"a short clause before the comma is the content, not an adjunct", "Three boats sank, according to the coastguard.",
			[]string{"Three boats sank"}},
		{"a document with no determiner", "According to state records analyzed by the Ledger, at least 14 farms in the county have closed.",
			[]string{"at least 14 farms in the county have closed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
