package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestPDFHeadingLines: in text extracted from a PDF (running heads with page
// numbers), a headline set over three short lines becomes one line before
// the lines are classified, so no broken piece of it is taken for page
// furniture; a word hyphenated at a line end joins; prose that is already
// hard-wrapped is joined once, as a paragraph.
func TestPDFHeadingLines(t *testing.T) {
	page := "THE COAST QUARTERLY · Spring 2026 · Issue 9\n\nFERRIES\n\n" +
		"Island crews vote\nto strike over\nwinter rosters\n\n" +
		"The crews of the island ferry voted on Monday to\nstrike for three days in April, the union said in a\nstatement. The operator said it was disappointed.\n\n" +
		"12   THE COAST QUARTERLY\n\n" +
		"Passengers were told to check the timetable before\ntravelling, and the council said buses would run.\n\n" +
		"The Coast Quarterly    13\n\n" +
		"The union said talks would resume next week.\n"
	doc, err := Clean("crews.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Text)
	headline := ""
	for _, z := range doc.Zones {
		if z.Zone == annotate.ZoneHeadline {
			headline = string(runes[z.Start:z.End])
		}
	}
	if want := "Island crews vote to strike over winter rosters"; headline != want {
		t.Errorf("headline %q, want %q; text:\n%s", headline, want, doc.Text)
	}
	for _, p := range []string{
		"The crews of the island ferry voted on Monday to strike for three days in April, the union said in a statement. The operator said it was disappointed.",
		"Passengers were told to check the timetable before travelling, and the council said buses would run.",
	} {
		if !strings.Contains(doc.Text, "\n\n"+p+"\n\n") {
			t.Errorf("paragraph %q not kept whole:\n%s", p, doc.Text)
		}
	}
	for _, r := range doc.Meta.Removed {
		if strings.Contains(r, "rosters") || strings.Contains(r, "strike over") {
			t.Errorf("a piece of the headline was removed as furniture: %q", r)
		}
	}
}
