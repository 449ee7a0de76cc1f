package ingest

import (
	"strings"
	"testing"
)

// Reader-funding appeals, in wordings no fixture uses, beside sentences
// about free entry or reliance on others.

func TestReaderFundingAppeals(t *testing.T) {
	for _, s := range []string{
		"The Holtby Ledger is independent and free to read. We rely on readers like you.",
		"Our journalism is free for everyone. We depend on your support.",
		"Marsh Post is free to read. We count on the support of readers like you. Thank you.",
		"The Fenwick Clarion is independent, reader-funded and free to read. We were at every meeting this year. If you value our reporting on the harbour, please consider a monthly contribution.",
		"Our journalism is not-for-profit and free for everyone. If you enjoy our newsletter, please make a donation.",
	} {
		if !readerFundingAppeal(s, strings.ToLower(s), wordCount(s)) {
			t.Errorf("appeal not found: %q", s)
		}
	}
	for _, s := range []string{
		"The museum is free. We rely on donations from visitors, the director said.",
		"The museum is free to enter. It relies on grants.",
		"We rely on readers like you.",
		"The inquiry is independent. We rely on the evidence of witnesses.",
		"The hospice is independent and free to use. If you value its care, please consider a donation.",
		"The pantry is free. If you value our pantry, please consider a donation, its manager said.",
		"If you value our coverage of Athletic, please consider a monthly contribution.",
	} {
		if readerFundingAppeal(s, strings.ToLower(s), wordCount(s)) {
			t.Errorf("not an appeal, taken as one: %q", s)
		}
	}
}

// A Markdown support box whose lines are each furniture goes whole and
// into meta.removed line by line; a blockquote of the story's own (a
// letter quoted in it) with one such line stays.
func TestFurnitureBoxLines(t *testing.T) {
	story := "Harbour wall repairs to start in June\n\n" +
		"Repairs to the east harbour wall in Fenwick will begin in June, the harbour board said on Monday, after two winters of storm damage.\n\n" +
		"The board said the work would cost £1.2m and that the slipway would stay open to fishing boats throughout.\n\n"
	tail := "\n\nBoat owners said they had waited three years for the wall to be mended and would watch the timetable closely.\n"
	box := "> The Fenwick Clarion is independent, reader-funded and free to read. We sat through every board meeting this year. If you value our reporting on the harbour, please consider a monthly contribution.\n" +
		"> [Become a supporter from £4 a month](/support)"
	doc, err := Clean("page.md", []byte(story+box+tail), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "reader-funded") || strings.Contains(doc.Text, "Become a supporter") {
		t.Errorf("support box left:\n%s", doc.Text)
	}
	if !containsString(doc.Meta.Removed, "Become a supporter from £4 a month") {
		t.Errorf("box lines not in meta.removed: %q", doc.Meta.Removed)
	}
	if !strings.Contains(doc.Text, "Boat owners said") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
	quoted := "> The harbour is our livelihood and the wall is falling into the sea, one stone at a time, while the board writes letters about it and the boats tie up further along the quay every winter.\n" +
		"> [Become a supporter from £4 a month](/support)"
	doc, err = Clean("page.md", []byte(story+quoted+tail), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "The harbour is our livelihood") {
		t.Errorf("a box with a line of the story's was taken:\n%s", doc.Text)
	}
}
