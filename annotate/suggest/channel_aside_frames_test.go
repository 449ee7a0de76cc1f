package suggest

import "testing"

// TestChannelAsideFrames: a block frame whose cue is followed by a long
// channel aside before the colon ("replied, in a comment that …:") frames
// the first-person paragraph after it; a manner aside naming no channel
// does not.
func TestChannelAsideFrames(t *testing.T) {
	tests := []suggestCase{
		{"a comma and a channel aside with a relative clause",
			"Readers asked the chef about the closure. Tamsin Odalric-Vey replied, in a comment that was shared widely:\n\nWe could not pay the rent any more. I am sorry we did not say so sooner.\n\nThe restaurant closes on Friday.",
			[]suggestion{
				{"We could not pay the rent any more. I am sorry we did not say so sooner.", "Tamsin Odalric-Vey", "Tamsin Odalric-Vey", "replied", "B", "direct"},
			}},
		{"a manner aside names no channel",
			"Readers asked the chef about the closure. Tamsin Odalric-Vey replied, in a voice that shook a little:\n\nWe could not pay the rent any more. I am sorry we did not say so sooner.\n\nThe restaurant closes on Friday.",
			nil},
	}
	checkSuggestCases(t, tests)
}
