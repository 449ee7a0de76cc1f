package suggest

import (
	"fmt"
	"testing"
)

// TestCaptionCue: a quotation then "he captioned the post" is his; a
// caption named with no clause after the cue is no statement.
func TestCaptionCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"quotation then captioned",
			"The show was off. “Quiet night in. So proud of you for resting,” he captioned the photo.",
			[]suggestion{{"“Quiet night in. So proud of you for resting,”", "he", "", "captioned", "D2", "direct"}}},
		{"near miss: a caption with no clause",
			"The show was off. He captioned the photo Sunday best.",
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
