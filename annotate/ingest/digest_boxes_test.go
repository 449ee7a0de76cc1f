package ingest

import (
	"strings"
	"testing"
)

// Digest boxes in wordings no fixture uses: a "Quote of the week" box and
// an "In brief" label go; a story paragraph that opens with a quotation, a
// label with no credited quotation under it, and an item that mentions the
// label's words stay.

func TestSplitQuoteBox(t *testing.T) {
	for _, tc := range []struct {
		s           string
		label, rest string
	}{
		{"Quote of the week “We are not closing the pier, we are saving it.” — Tom Ellery, pier trust chair",
			"Quote of the week", "“We are not closing the pier, we are saving it.” — Tom Ellery, pier trust chair"},
		{"**Quote of the day** \"Bring a coat.\" – Mira Dunn", "**Quote of the day**", "\"Bring a coat.\" – Mira Dunn"},
		// no credit after the quotation
		{"Quote of the day \"Bring a coat,\" the forecaster said.", "", ""},
		// no label: a story paragraph
		{"Asked about the pier, he said “We are not closing it.” — and left.", "", ""},
	} {
		label, rest, _ := splitQuoteBox(tc.s)
		if label != tc.label || rest != tc.rest {
			t.Errorf("splitQuoteBox(%q) = %q, %q; want %q, %q", tc.s, label, rest, tc.label, tc.rest)
		}
	}
}

func TestDigestBoxesRemoved(t *testing.T) {
	page := "# Pier saved, bins change and a new bakery\n\n" +
		"> **Quote of the week**\n" +
		"> “We are not closing the pier, we are saving it.” — Tom Ellery, pier trust chair\n\n" +
		"**Pier:** The Selby Bay pier will reopen in May after the trust raised £400,000. Its chair, Tom Ellery, said: “We are not closing the pier, we are saving it.”\n\n" +
		"## In brief\n\n" +
		"**Bins:** Green bins will be emptied every three weeks from March, the council says.\n\n" +
		"**Bakery:** A bakery has opened in the old bank on Fore Street.\n"
	doc, err := Clean("pier.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Quote of the week") || strings.Contains(doc.Text, "In brief") || strings.Contains(doc.Text, "pier trust chair") {
		t.Errorf("box left:\n%s", doc.Text)
	}
	for _, g := range []string{"Quote of the week", "“We are not closing the pier, we are saving it.” — Tom Ellery, pier trust chair", "In brief"} {
		if !containsString(doc.Meta.Removed, g) {
			t.Errorf("%q not in meta.removed %q", g, doc.Meta.Removed)
		}
	}
	for _, s := range []string{"Its chair, Tom Ellery, said:", "Green bins will be emptied", "A bakery has opened"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("story lost %q:\n%s", s, doc.Text)
		}
	}
}

func TestDigestBoxesKeepStory(t *testing.T) {
	page := "# Pier saved\n\n" +
		"The Selby Bay pier will reopen in May after the trust raised £400,000.\n\n" +
		"Quote of the week\n\n" +
		"The trust's chair, Tom Ellery, said the appeal had drawn more gifts than any in its history.\n\n" +
		"In brief, the pier will be open every day from May to September.\n"
	doc, err := Clean("pier.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"more gifts than any in its history", "In brief, the pier will be open"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("story lost %q:\n%s", s, doc.Text)
		}
	}
}
