package suggest

import (
	"fmt"
	"testing"
)

// TestNamedAgreement: "agreed that" reports a named person's concession;
// a body's or an unnamed role's agreement, "agreed to" and "agreed" with
// an object report nothing.
func TestNamedAgreement(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"named witness agreed that",
			"The trial went on into a third week. Questioned by the defence, Mr Tobin Vale agreed that he had never checked the valve himself.",
			[]suggestion{{"he had never checked the valve himself", "Mr Tobin Vale", "Tobin Vale", "agreed", "I1", "indirect"}}},
		{"near miss: a body agreed that (a decision)",
			"The trial went on into a third week. The board agreed that no director would be paid a bonus this year.",
			nil},
		{"near miss: an unnamed role agreed that",
			"The trial went on into a third week. The plant manager agreed that the valve had been replaced in May.",
			nil},
		{"near miss: agreed to",
			"The trial went on into a third week. Mr Tobin Vale agreed to hand over the logbooks by Friday.",
			nil},
		{"near miss: agreed with an object",
			"The trial went on into a third week. Mr Tobin Vale agreed a settlement with the family on Friday.",
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
