package suggest

import (
	"fmt"
	"testing"
)

// TestClauseAfterObject: a verb of the that-kind with no "that" ("reports",
// "added") takes no object as a statement because a clause after a comma
// and "when" or "which" has a verb of its own; a reported clause before
// such a clause, or one opened by "that", stays a statement.
func TestClauseAfterObject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"object then a when-clause",
			"Shares slipped. Tolland reports half-year results on 3 June, when it will also name a new chair.",
			nil},
		{"object then a which-clause",
			"Shares slipped. Tolland added 80 stores, which will open next year.",
			nil},
		{"near miss: a reported clause before the when-clause",
			"Shares slipped. Tolland reports the loss will be larger, when it closes its books.",
			[]suggestion{{"the loss will be larger, when it closes its books", "Tolland", "Tolland", "reports", "I1", "indirect"}}},
		{"near miss: that opens the clause",
			"Shares slipped. Tolland added that the stores, which opened in May, had done well.",
			[]suggestion{{"the stores, which opened in May, had done well", "Tolland", "Tolland", "added", "I1", "indirect"}}},
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
