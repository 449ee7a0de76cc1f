package suggest

import (
	"fmt"
	"testing"
)

// TestLeadLabelContent: a paragraph's lead label before a lower-case clause
// stays out of the statement; a label that names the speaker (a
// transcript's "Vane:") is not moved past; lead_label_capital.go takes
// labels before a capital.
func TestLeadLabelContent(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a label before an according-to statement",
			"The levy rises in April.\n\nBackground: the levy raises about £90 million a year, according to the Ports Office.",
			[]suggestion{{"the levy raises about £90 million a year", "the Ports Office", "Ports Office", "according to", "A1", "indirect"}}},
		{"a label before a said statement",
			"The levy rises in April.\n\nWhy it matters: harbour fees will double, the Ports Office said.",
			[]suggestion{{"harbour fees will double", "the Ports Office", "Ports Office", "said", "I2", "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
