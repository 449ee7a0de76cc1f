package suggest

import (
	"fmt"
	"testing"
)

// TestAgreedClause: "S said X but agreed that Y" gives two statements of
// S, the second with "agreed" as its cue; "and agreed that", whose subject
// may be the content's own, and "but agreed to", with no clause, stay
// inside the first statement.
func TestAgreedClause(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"but agreed that",
			"The hearing resumed on Monday. Carl Bede told the panel the invoice was “a clerical slip” but agreed that the initials on it were his.",
			[]suggestion{
				{"the invoice was “a clerical slip”", "Carl Bede", "Carl Bede", "told", "I1", "mixed"},
				{"the initials on it were his", "Carl Bede", "Carl Bede", "agreed", "I1c", "indirect"},
			}},
		{"and agreed that stays",
			"The hearing resumed on Monday. Carl Bede said the two firms had met in May and agreed that the price would stay fixed.",
			[]suggestion{{"the two firms had met in May and agreed that the price would stay fixed", "Carl Bede", "Carl Bede", "said", "I1", "indirect"}}},
		{"but agreed to stays",
			"The hearing resumed on Monday. Carl Bede said the invoice was wrong but agreed to pay the balance.",
			[]suggestion{{"the invoice was wrong but agreed to pay the balance", "Carl Bede", "Carl Bede", "said", "I1", "indirect"}}},
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
