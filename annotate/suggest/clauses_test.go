package suggest

import (
	"fmt"
	"testing"
)

// TestObjectBeforeAdverbialClause: a verb of the "that" kind with an object
// and an adverbial clause after it reports nothing; with a clause of its
// own, the adverbial clause stays inside the content.
func TestObjectBeforeAdverbialClause(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"posted an object because …", "The lab posted the data early because two towns were choosing new bus routes.", nil},
		{"admitted an object although …", "The builder admitted the charges although his lawyer had advised against it.", nil},
		{"a reported clause holding because stays",
			"The lab posted that the data were early because two towns were choosing new bus routes.",
			[]string{"the data were early because two towns were choosing new bus routes"}},
		{"said without that, a clause before because",
			"The mayor noted the market was closed because the roof had failed.",
			[]string{"the market was closed because the roof had failed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
