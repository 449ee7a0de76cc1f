package suggest

import (
	"fmt"
	"testing"
)

// TestTrimRequestClause: ", and it asks walkers to …" after a reported
// clause is the speaker's request, cut from the statement; a request
// without "to" and one with no pronoun subject are left alone.
func TestTrimRequestClause(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"and it asks someone to",
			"The trust warns that the colony is still fragile, and it asks walkers to stay on the paths.",
			[]string{"the colony is still fragile"}},
		{"and she urged someone to",
			"Dr Ives said the clinic would reopen in June, and she urged patients to book early online.",
			[]string{"the clinic would reopen in June", "patients to book early online"}}, // "urged" frames its own demand
		{"near miss: asks about, no request",
			"The trust warns that the colony is still fragile, and it asks about the cost of new fences.",
			[]string{"the colony is still fragile, and it asks about the cost of new fences"}},
		{"near miss: no pronoun subject",
			"The trust warns that the colony is fragile and asks walkers to stay on the paths.",
			[]string{"the colony is fragile and asks walkers to stay on the paths"}},
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
