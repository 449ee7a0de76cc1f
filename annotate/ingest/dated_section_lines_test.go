package ingest

import "testing"

// Publication lines naming a section, in wordings no fixture uses, beside
// sentences of a story that must stay.

func TestDatedSectionLines(t *testing.T) {
	for _, line := range []string{
		"Published 4 May 2027 at 09:15 | Harbour ward",
		"Posted on 12 March 2027, 8.30am | Business",
		"Updated 1 June 2027 | Holnstead & Marlow",
	} {
		if datedSectionLine(line, wordCount(line)) != junkDate {
			t.Errorf("datedSectionLine left %q", line)
		}
	}
	for _, line := range []string{
		"Published 4 May 2027, the report found that sailings had fallen by a third.",
		"The figures were published 4 May 2027 | the board said",
		"Published 4 May 2027 at 09:15 | Harbour ward councillors said the cut was unfair and would hurt the island.",
	} {
		if datedSectionLine(line, wordCount(line)) != keep {
			t.Errorf("datedSectionLine took %q", line)
		}
	}
}
