package suggest

import "testing"

// TestCaptionCue: a quotation then "he captioned the post" is his; a
// caption named with no clause after the cue is no statement.
func TestCaptionCue(t *testing.T) {
	tests := []suggestCase{
		{"quotation then captioned",
			"The show was off. “Quiet night in. So proud of you for resting,” he captioned the photo.",
			[]suggestion{{"“Quiet night in. So proud of you for resting,”", "he", "", "captioned", "D2", "direct"}}},
		{"near miss: a caption with no clause",
			"The show was off. He captioned the photo Sunday best.",
			nil},
	}
	checkSuggestCases(t, tests)
}
