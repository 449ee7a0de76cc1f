package suggest

import (
	"fmt"
	"testing"
)

// TestApposedInnerSpeaker: "writes that the health secretary, Tom Vale,
// told MPs …" is one statement from the role through the end, with the
// secretary's own statement nested in it; a comma that ends a clause
// before another frame still ends the first content.
func TestApposedInnerSpeaker(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a role and its name open the content",
			"The columnist Ada Lee is unconvinced. She writes that the health secretary, Tom Vale, told MPs the plan would save £2 billion.",
			[]suggestion{
				{"the health secretary, Tom Vale, told MPs the plan would save £2 billion", "She", "Ada Lee", "writes", "I1", "indirect"},
				{"the plan would save £2 billion", "Tom Vale", "Tom Vale", "told", "I1", "indirect"},
			}},
		{"a role without a name",
			"The columnist Ada Lee is unconvinced. She writes that the health secretary told MPs the plan would save £2 billion.",
			[]suggestion{
				{"the health secretary told MPs the plan would save £2 billion", "She", "Ada Lee", "writes", "I1", "indirect"},
				{"the plan would save £2 billion", "the health secretary", "health secretary", "told", "I1", "indirect"},
			}},
		{"a clause before the comma",
			"Ada Lee writes that the plan is late, Tom Vale, the health secretary, told MPs on Monday.",
			[]suggestion{
				{"Ada Lee writes that the plan is late", "Tom Vale", "Tom Vale", "told", "I2", "indirect"},
				{"the plan is late", "Ada Lee", "Ada Lee", "writes", "I1", "indirect"},
			}},
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
