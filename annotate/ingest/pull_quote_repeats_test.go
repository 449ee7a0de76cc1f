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

// A pull quote leaves out the speech tag splitting the quotation it
// repeats; words outside the quotation marks still break the run.
func TestRepeatsBodyWordsAcrossSpeechTag(t *testing.T) {
	body := "“We kept the ferry going,” the skipper says. “Nobody paid us for it, and nobody asked.”"
	tests := []struct {
		name, quote string
		want        bool
	}{
		{"tag left out", "“We kept the ferry going. Nobody paid us for it.”", true},
		{"straight marks", "\"We kept the ferry going. Nobody paid us\"", true},
		// Near-misses: quoted words with a gap, out of order, or changed.
		{"gap in the quoted words", "“We kept the ferry going. Nobody asked.”", false},
		{"spans swapped", "“Nobody paid us for it. We kept the ferry going.”", false},
		{"a word changed", "“We kept the boat going. Nobody paid us for it.”", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repeatsBodyWords(tt.quote, body); got != tt.want {
				t.Errorf("repeatsBodyWords(%q) = %v, want %v", tt.quote, got, tt.want)
			}
		})
	}
	straight := "\"We kept the ferry going,\" the skipper says. \"Nobody paid us.\""
	if !repeatsBodyWords("“We kept the ferry going. Nobody paid us.”", straight) {
		t.Errorf("straight-quoted body: pull quote not found")
	}
}
