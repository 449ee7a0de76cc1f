package suggest

import "testing"

// TestBeforeAddingClause: ", before adding … that C" is a second statement
// of the same speaker with the -ing verb as its cue; "before" opening a
// time clause, and "before adding" with no "that", stay in the content.
func TestBeforeAddingClause(t *testing.T) {
	tests := []suggestCase{
		{"before adding with a grin that",
			"The groundsman, Tom Price, said the pitch was in good shape, before adding with a grin that he hoped the rain would hold off.",
			[]suggestion{
				{"the pitch was in good shape", "Tom Price", "Tom Price", "said", "I1", "indirect"},
				{"he hoped the rain would hold off", "Tom Price", "Tom Price", "adding", "I1c", "indirect"}}},
		{"near-miss: before opening a time clause",
			"The groundsman, Tom Price, said the pitch would be rolled again, before the players arrived for training.",
			[]suggestion{{"the pitch would be rolled again, before the players arrived for training", "Tom Price", "Tom Price", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
