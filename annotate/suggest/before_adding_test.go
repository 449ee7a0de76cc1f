package suggest

import (
	"fmt"
	"testing"
)

// TestBeforeAddingClause: ", before adding … that C" is a second statement
// of the same speaker with the -ing verb as its cue; "before" opening a
// time clause, and "before adding" with no "that", stay in the content.
func TestBeforeAddingClause(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"before adding with a grin that",
			"The groundsman, Tom Price, said the pitch was in good shape, before adding with a grin that he hoped the rain would hold off.",
			[]suggestion{
				{"the pitch was in good shape", "Tom Price", "Tom Price", "said", "I1", "indirect"},
				{"he hoped the rain would hold off", "Tom Price", "Tom Price", "adding", "I1c", "indirect"}}},
		{"near-miss: before opening a time clause",
			"The groundsman, Tom Price, said the pitch would be rolled again, before the players arrived for training.",
			[]suggestion{{"the pitch would be rolled again, before the players arrived for training", "Tom Price", "Tom Price", "said", "I1", "indirect"}}},
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
