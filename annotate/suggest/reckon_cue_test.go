package suggest

import (
	"fmt"
	"testing"
)

// TestReckonCue: "reckons" reports a that-less clause as "says" does, in
// any tense; a valuation ("reckoned the loss at …") and "to be reckoned
// with" give no statement.
func TestReckonCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"present tense, no that",
			"The frost came early. Marla reckons the vines will not fruit this year.",
			[]suggestion{{"the vines will not fruit this year", "Marla", "Marla", "reckons", "I1", "indirect"}}},
		{"past tense after a coordinated clause",
			"The frost lasted a night, and Marla reckoned it had killed a third of the vines.",
			[]suggestion{{"it had killed a third of the vines", "Marla", "Marla", "reckoned", "I1", "indirect"}}},
		{"plural present",
			"The frost came early. Growers reckon the harvest is lost.",
			[]suggestion{{"the harvest is lost", "Growers", "Growers", "reckon", "I1", "indirect"}}},
		{"near miss: a valuation",
			"The frost came early. Marla reckoned the damage at about $40,000.",
			nil},
		{"near miss: to be reckoned with",
			"The frost came early. It was a force to be reckoned with in the valley.",
			nil},
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
