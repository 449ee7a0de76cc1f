package suggest

import (
	"fmt"
	"testing"
)

// TestQuantityPastClause: after a participle cue, "N people [a week]
// V-ed OBJ" is a clause in the simple past; "N jobs created in …" is a
// phrase, and stays no statement.
func TestQuantityPastClause(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a count, a rate and a verb with its object",
			"The lido may reopen. The rowing club backed the plan, saying 400 people a week visited the pool last summer.",
			[]suggestion{{"400 people a week visited the pool last summer", "The rowing club", "rowing club", "saying", "I1p", "indirect"}}},
		{"a count and a participle phrase",
			"The lido may reopen. The rowing club backed the plan, adding 400 jobs created in the town since May.",
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
