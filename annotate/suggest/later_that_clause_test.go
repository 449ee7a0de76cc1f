package suggest

import (
	"fmt"
	"testing"
)

// TestLaterThatClause: a second that-clause of one cue after "and then" or a
// short adjunct between commas is a second statement; without "that" right
// after the adjunct, or with a clause in it, the content stays whole.
func TestLaterThatClause(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a time phrase between commas",
			"The hut was full. Ann Leto said it was her last climb, and then, a day later, that it probably was not.",
			[]suggestion{{"it was her last climb", "Ann Leto", "Ann Leto", "said", "I1", "indirect"},
				{"it probably was not", "Ann Leto", "Ann Leto", "said", "I1c", "indirect"}}},
		{"and then that",
			"The hut was full. Ann Leto said the path was closed and then that the warden had reopened it.",
			[]suggestion{{"the path was closed", "Ann Leto", "Ann Leto", "said", "I1", "indirect"},
				{"the warden had reopened it", "Ann Leto", "Ann Leto", "said", "I1c", "indirect"}}},
		{"near-miss: no that after the adjunct",
			"The hut was full. Ann Leto said the crew would rest, and then, a day later, walk to the lake.",
			[]suggestion{{"the crew would rest, and then, a day later, walk to the lake", "Ann Leto", "Ann Leto", "said", "I1", "indirect"}}},
		{"near-miss: a clause in the adjunct",
			"The hut was full. Ann Leto said the hut would close, and then, when the snow came, that the road would too.",
			[]suggestion{{"the hut would close, and then, when the snow came, that the road would too", "Ann Leto", "Ann Leto", "said", "I1", "indirect"}}},
		{"near-miss: that as a pronoun",
			"The hut was full. Ann Leto said the stove had failed, and then that was the end of the trip.",
			[]suggestion{{"the stove had failed, and then that was the end of the trip", "Ann Leto", "Ann Leto", "said", "I1", "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if g := fmt.Sprint(got); g != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, g, tt.want)
			}
		})
	}
}
