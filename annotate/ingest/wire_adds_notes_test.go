package ingest

import (
	"strings"
	"testing"
)

// Wire update notes in parentheses, in invented text, and parenthesised
// lines that must stay.

func TestWireAddsNote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"(Adds minister's comments, opposition reaction, background)", true},
		{"(Updates with closing share prices)", true},
		{"(Recasts with company statement, adds analyst quotes)", true},
		{"(Corrects spelling of chairman's name in paragraph 4)", true},
		// near-misses: a headline's verb, a sentence, a quotation, prose
		{"(Adds to losses as oil slides)", false},
		{"(Updates were sent to customers on Monday.)", false},
		{"(Adds \"we will appeal\" line from lawyer)", false},
		{"(The company adds that no jobs will go.)", false},
		{"Adds minister's comments, opposition reaction", false},
	} {
		if got := wireAddsNote(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("wireAddsNote(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestWireAddsNoteIsNoStandfirst(t *testing.T) {
	page := "Ferry operator cuts winter sailings after fuel costs jump\n\n" +
		"(Adds union comments, passenger group, shares)\n\n" +
		"By Ann Roe\n\n" +
		"KELMOUTH, Jan 5 (Harbour Wire) - Harbour Ferries will cut a third of its winter sailings from next month, it said on Tuesday, blaming a rise in fuel costs.\n\n" +
		"The company said the cuts would save about 4 million pounds a year and that no jobs would be lost on the routes.\n\n" +
		"The seafarers' union said it would ask the company to guarantee the jobs in writing before the new timetable starts.\n"
	doc, err := Clean("wire.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Adds union comments") {
		t.Errorf("note left in %q", doc.Text)
	}
	for _, z := range doc.Zones {
		if z.Zone == "dek" {
			t.Errorf("dek zone %v in %q", z, doc.Text)
		}
	}
}
