package ingest

import "testing"

// Report credits of newsletters, in wordings no fixture uses, beside
// sentences that open the same way.

func TestReportCredits(t *testing.T) {
	for _, s := range []string{
		"Report by Alan Fenwick, Parish Clerk",
		"Words by Priya Das",
		"Notes taken by Mrs June Harker, Secretary",
	} {
		if !reportCredit(s, wordCount(s)) {
			t.Errorf("credit not found: %q", s)
		}
	}
	for _, s := range []string{
		"Report by Alan Fenwick, Parish Clerk, finds the drains were blocked.",
		"The report by Alan Fenwick found the drains blocked",
		"Report by the end of the month, the council said",
		"Words by Priya Das were read at the funeral",
	} {
		if reportCredit(s, wordCount(s)) {
			t.Errorf("not a credit, taken as one: %q", s)
		}
	}
}
