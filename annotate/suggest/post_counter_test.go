package suggest

import (
	"fmt"
	"testing"
)

// TestPostCounter: a thread's post counter that ends a paragraph after a
// full stop stays out of the content; a ratio in the sentence, a counter
// with no full stop before it and one that does not end the paragraph stay.
func TestPostCounter(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a counter after a full stop",
			"The harbour master said the ferry would sail again on Friday. 3/9\n\nMore soon.",
			[]suggestion{{"the ferry would sail again on Friday", "The harbour master", "harbour master", "said", "I1", "indirect"}}},
		{"a counter after a closing quote and a full stop",
			"The harbour master said the crossing had been “rough but safe”. 4/9\n\nMore soon.",
			[]suggestion{{"the crossing had been “rough but safe”", "The harbour master", "harbour master", "said", "I1", "mixed"}}},
		{"near-miss: a ratio with no full stop before it",
			"The coach said the keeper had saved 3/4\n\nMore soon.",
			[]suggestion{{"the keeper had saved 3/4", "The coach", "coach", "said", "I1", "indirect"}}},
		{"near-miss: a numerator above the denominator",
			"The coach said the keeper had kept the side in it. 9/4\n\nMore soon.",
			[]suggestion{{"the keeper had kept the side in it. 9/4", "The coach", "coach", "said", "I1", "indirect"}}},
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
