package suggest

import (
	"strings"
	"testing"
)

// TestAdjunctAfterCueIsNoStatement: "responded within an hour on
// Twitter" reports nothing; a clause after an adjunct ("said on Monday
// the pool would close") and a clause opening with a preposition's
// phrase ("said in the spring the pool would close") stay statements.
func TestAdjunctAfterCueIsNoStatement(t *testing.T) {
	for _, text := range []string{
		"Tamsin Reyes responded within an hour on Twitter. “I accept the result but I will appeal it,” she wrote.",
		"The trust replied in a letter to the parish council.",
	} {
		got, _ := readSuggestions(text)
		for _, g := range got {
			if !strings.HasPrefix(g.statement, "“") {
				t.Errorf("an adjunct after a cue taken as a statement: %v", g)
			}
		}
	}
	for text, want := range map[string]string{
		"Ann Roe said on Monday the pool would close in May.":              "the pool would close in May",
		"The council said in a statement that the pool would close.":       "the pool would close",
		"Roe said within a year the harbour wall had been rebuilt twice.":  "within a year the harbour wall had been rebuilt twice",
		"Ann Roe said at least four ferries had sailed with faulty radar.": "at least four ferries had sailed with faulty radar",
	} {
		got, _ := readSuggestions(text)
		ok := false
		for _, g := range got {
			ok = ok || strings.Contains(g.statement, "would close") || strings.Contains(g.statement, "rebuilt twice") || strings.Contains(g.statement, "faulty radar")
		}
		if !ok {
			t.Errorf("%q: lost the statement %q: %v", text, want, got)
		}
	}
}
