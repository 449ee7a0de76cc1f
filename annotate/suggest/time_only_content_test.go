package suggest

import (
	"fmt"
	"testing"
)

// TestTimeOnlyContent: words after a verb of replying that only date the
// reply ("replied an hour later") are no statement; a reported clause after
// the verb, with or without a time phrase, still is.
func TestTimeOnlyContent(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"replied an hour later, colon",
			"The bakery posted an apology on Monday.\n\nThe customer replied an hour later:\n\nStill no refund.",
			"[]"},
		{"responded two days later",
			"The union published its demands. The transport minister responded two days later.",
			"[]"},
		{"replied the following morning",
			"The fan sent the striker a message. The striker replied the following morning.",
			"[]"},
		{"near miss: a clause after the cue",
			"The union published its demands. The transport minister replied the talks were over.",
			`[I1 "the talks were over" by "The transport minister" (transport minister) cue "replied" [indirect]]`},
		{"near miss: that-clause ending in later",
			"The union published its demands. The transport minister replied that talks would resume two days later.",
			`[I1 "talks would resume two days later" by "The transport minister" (transport minister) cue "replied" [indirect]]`},
		{"near miss: a clause with a time word",
			"The union published its demands. The transport minister said the strike ended two days later.",
			`[I1 "the strike ended two days later" by "The transport minister" (transport minister) cue "said" [indirect]]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if s := fmt.Sprint(got); s != tt.want {
				t.Errorf("suggestions for %q:\n got %s\nwant %s", tt.text, s, tt.want)
			}
		})
	}
}
