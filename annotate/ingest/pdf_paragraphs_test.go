package ingest

import (
	"strings"
	"testing"
)

// In a paged PDF's text, a paragraph whose full-width lines each end a
// sentence is still one paragraph; lines shorter than the page's measure
// stay apart.

func TestPDFFullWidthLinesJoin(t *testing.T) {
	page := "THE HARBOUR GAZETTE · Autumn 2026 · Page 1\n\n" +
		"The harbour board met on Tuesday to decide the future of the old fish market on the\n" +
		"east quay, which has stood empty since the last trawler company left the town in 2019.\n\n" +
		"“We cannot keep paying to heat a building that nobody has used for seven years,” Mr Orme said.\n" +
		"“But nor will we sell it to the first developer who asks, whatever the offer is worth.”\n\n" +
		"THE HARBOUR GAZETTE · Autumn 2026 · Page 2\n\n" +
		"The board will publish three options in January and ask the town to choose between them\n" +
		"at a public meeting in the market hall, the first held there since the building closed.\n\n" +
		"The meeting will be held on 14 January in the market hall.\n" +
		"Tickets are free from the harbour office on the east quay.\n"
	doc, err := Clean("harbour.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	want := "“We cannot keep paying to heat a building that nobody has used for seven years,” Mr Orme said. “But nor will we sell it to the first developer who asks, whatever the offer is worth.”"
	if !strings.Contains(doc.Text, want) {
		t.Errorf("paragraph not joined:\n%s", doc.Text)
	}
	for _, apart := range []string{"in the market hall.\n\nTickets are free"} {
		if strings.Contains(doc.Text, strings.ReplaceAll(apart, "\n\n", " ")) {
			t.Errorf("%q joined:\n%s", apart, doc.Text)
		}
	}
}
