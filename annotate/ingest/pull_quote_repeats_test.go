package ingest

import "testing"

func TestRepeatsBodyWords(t *testing.T) {
	body := "‘Ana kept saying, “We're lost, we're lost.” Nobody answered her,’ the skipper said."
	tests := []struct {
		name, quote string
		want        bool
	}{
		{"marks dropped", "‘Ana kept saying, we're lost’", true},
		{"curly apostrophe", "“Ana kept saying we’re lost”", true},
		// Near-misses: not a repeat of the paragraph.
		{"a word changed", "‘Ana kept shouting, we're lost’", false},
		{"words out of order", "‘We're lost, Ana kept saying’", false},
		{"too short", "‘We're lost’", false},
		{"gap in the run", "‘Ana kept saying nobody answered’", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repeatsBodyWords(tt.quote, body); got != tt.want {
				t.Errorf("repeatsBodyWords(%q) = %v, want %v", tt.quote, got, tt.want)
			}
		})
	}
}
