package ingest

import (
	"strings"
	"testing"
)

// Issue lines of printed newsletters, in wordings no fixture uses, beside
// sentences about an issue.

func TestMastheadIssueLines(t *testing.T) {
	for _, s := range []string{
		"Issue 87 - March 2027 - FREE to every home",
		"No. 48 · May 2026 · 60p",
		"Issue 9 | 14 June 2027 | Free",
	} {
		if !mastheadIssueLine(s, wordCount(s)) {
			t.Errorf("issue line not found: %q", s)
		}
	}
	for _, s := range []string{
		"Issue 87 of the magazine came out in March 2027.",
		"Issue 87 - a look back at March 2027's floods",
		"The March 2027 issue - number 87 - sold out",
		"Issue 12 - FREE",
	} {
		if mastheadIssueLine(s, wordCount(s)) {
			t.Errorf("not an issue line, taken as one: %q", s)
		}
	}
}

func TestMastheadBlockStaysApart(t *testing.T) {
	// a page head marks the text as printed pages, whose short lines join as headings
	masthead := "THE ASHWORTH BUGLE\nServing Ashworth and Brill since 1984\nIssue 40 - June 2027 - FREE\n\n" +
		"Council votes to close the old swimming baths\n\n" +
		"Councillors voted on Monday to close the Victoria baths in Ashworth after an engineer found cracks in the roof beams, and said a new pool would not open before 2030.\n\n" +
		"Page 2                              The Ashworth Bugle\n\n" +
		"The leader of the council said the decision had been the hardest of her time in office, and that the building would be sold.\n"
	doc, err := Clean("bugle.txt", []byte(masthead), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"THE ASHWORTH BUGLE", "Serving Ashworth", "Issue 40"} {
		if strings.Contains(doc.Text, line) {
			t.Errorf("masthead line %q left:\n%s", line, doc.Text)
		}
	}
	// a headline in capitals set over two lines still joins
	lines := []unit{{text: "COUNCIL VOTES TO CLOSE"}, {text: "THE OLD SWIMMING BATHS"}}
	if mastheadBlock(lines) {
		t.Errorf("two-line headline taken for a masthead")
	}
	lines = []unit{{text: "FLOODS: WHAT NEXT"}, {text: "Serving the valley since the war, the wardens meet"}}
	if mastheadBlock(lines) {
		t.Errorf("headline over a sentence taken for a masthead")
	}
}
