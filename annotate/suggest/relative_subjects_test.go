package suggest

import (
	"fmt"
	"testing"
)

// TestRelativeSubjects: a subject whose relative clause follows its
// initials in brackets, or holds a social-media handle, still speaks.
func TestRelativeSubjects(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"initials in brackets before the relative clause",
			"The Harbour Workers Union (HWU), which represents most of the town's 1,400 fishers, said the stoppage was a response to two sinkings.",
			[]suggestion{{"the stoppage was a response to two sinkings", "The Harbour Workers Union", "Harbour Workers Union", "said", "I1", "indirect"}}},
		{"a handle inside the relative clause",
			"A user who goes by @harbourgran said the horns were too loud at night.",
			[]suggestion{{"the horns were too loud at night", "A user", "user", "said", "I1", "indirect"}}},
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
