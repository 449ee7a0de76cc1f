package ingest

import (
	"strings"
	"testing"
)

// TestOCRPrintPage: an OCR'd print page whose running head sets a section
// name before the page number ("… MAY 3, 2027     SPORT 14"), repeated
// in the middle of a paragraph; short lines ending in a broken word ("its
// ma-", "more en-") still join their paragraph and are never taken for a
// "More …" heading; an advert in capitals under "Advertisement" goes.
func TestOCRPrintPage(t *testing.T) {
	page := "THE DALE COURIER, MONDAY, MAY 3, 2027          SPORT 14\n\n" +
		"Rowing club wins\nthe spring regatta\n\n" +
		"The Dale rowing club won the spring regatta on Saturday, beating\nits ma-\njor rival by two lengths in a race cut short by wind.\n\n" +
		"The club's captain, Tobias Wren, said the crew had trained\nthrough the winter. \"We were more en-\nthusiastic than the weather,\" he said. \"Next year we go\n\n" +
		"    14          THE DALE COURIER, MONDAY, MAY 3, 2027\n\n" +
		"THE DALE COURIER, MONDAY, MAY 3, 2027          SPORT 15\n\n" +
		"for the national title.\" The club has 140 members and a new\nboathouse opened by the mayor in a well-attended ceremony.\n\n" +
		"Advertisement\nWREN & DAUGHTERS BOATYARD - HULL REPAIRS AT WINTER PRICES\n\n" +
		"    15          THE DALE COURIER, MONDAY, MAY 3, 2027\n"
	doc, err := Clean("regatta.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{
		"The Dale rowing club won the spring regatta on Saturday, beating its major rival by two lengths in a race cut short by wind.",
		"The club's captain, Tobias Wren, said the crew had trained through the winter. \"We were more enthusiastic than the weather,\" he said. \"Next year we go for the national title.\" The club has 140 members and a new boathouse opened by the mayor in a well-attended ceremony.",
	} {
		if !strings.Contains(doc.Text, p) {
			t.Errorf("paragraph %q not kept whole:\n%s", p, doc.Text)
		}
	}
	for _, junk := range []string{"SPORT 14", "SPORT 15", "THE DALE COURIER", "Advertisement", "BOATYARD"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("%q left in the text:\n%s", junk, doc.Text)
		}
	}
}

// TestOCRPrintPageNearMisses: a section name and number without the wide
// gap, or with a lower-case word, is no running head; a line in ordinary
// case under "Advertisement" stays; a line ending in a dash between
// spaces or in a capital's hyphen is no broken word.
func TestOCRPrintPageNearMisses(t *testing.T) {
	for _, s := range []string{
		"The results were announced on NEWS 7",
		"Total attendance          about 7",
		"Scores after round two          Wren 14",
	} {
		if sectionFolioTitle(s) != "" {
			t.Errorf("sectionFolioTitle(%q) = %q, want none", s, sectionFolioTitle(s))
		}
	}
	if got := sectionFolioTitle("THE DALE COURIER          SPORT 14"); got != "THE DALE COURIER" {
		t.Errorf("sectionFolioTitle = %q", got)
	}
	for _, s := range []string{"a pre- and post-match", "the A-", "Team GB -", "the game --", "more"} {
		if brokenWordEnd(s) {
			t.Errorf("brokenWordEnd(%q) = true", s)
		}
	}
	units := []unit{
		{text: "Advertisement", block: 0},
		{text: "The advert on this page was paid for by the club.", block: 0},
	}
	kinds := []junk{junkChrome, keep}
	removed := make([][]string, 2)
	removeAdvertStrips(units, kinds, removed, []int{1, 11})
	if kinds[1] != keep {
		t.Errorf("a line in ordinary case under Advertisement was removed")
	}
	units[0].text = "Advertising standards"
	units[1].text = "ASA RULING"
	kinds = []junk{junkChrome, keep}
	removeAdvertStrips(units, kinds, removed, []int{2, 2})
	if kinds[1] != keep {
		t.Errorf("a capitals line under a heading that is no advert label was removed")
	}
}
