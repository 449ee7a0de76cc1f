package ingest

import "testing"

// Boxes drawn in text, in invented figures: a panel of figures goes, a
// box with a sentence or without figures stays.
func TestASCIIFigurePanels(t *testing.T) {
	rule := "+----------------------------------+"
	for _, tc := range []struct {
		name  string
		rows  []string
		taken bool
	}{
		{"result panel", []string{"| RESULT  Mill Ward   IND GAIN    |", "| Okafor (IND)   3,402   51.0%    |", "| Majority 611 · Turnout 33.1%    |"}, true},
		{"score panel", []string{"| FULL TIME                        |", "| Carrow 2  Eastleigh 1           |"}, true},
		{"one row", []string{"| Majority 1,204 · Turnout 41.9%  |"}, true},
		{"right of reply", []string{"| The council said it had 14 days |", "| to respond. It did not reply.   |"}, false},
		{"quotation", []string{"| “We won 3,402 votes,” she said  |"}, false},
		{"no figures", []string{"| RESULT  Mill Ward   IND GAIN    |", "| Okafor (IND) elected            |"}, false},
	} {
		lines := append(append([]string{rule}, tc.rows...), rule)
		got := runLines(lines, func(u []unit, k []junk, r [][]string, _ []int) { removeASCIIFigurePanels(u, k, r) })
		for i, g := range got {
			if g != tc.taken {
				t.Errorf("%s: line %d taken %v, want %v", tc.name, i, g, tc.taken)
			}
		}
	}
}
