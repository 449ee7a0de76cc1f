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

// A wire's pointer to a companion item by its code, in invented text, and
// sentences of a story that must stay.

func TestWirePointerLine(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"For a factbox on the new fishing quotas, see FISH-QUOTA/FACTBOX", true},
		{"For a graphic on mortgage rates, click [ID:nKLM4R2]", true},
		{"For more on the port strike, double-click on PORTS/STRIKE", true},
		{"For a timeline of the dispute, see RAIL-STRIKE/TIMELINE.", true},
		{"For an explainer on the vote, go to https://example.com/vote-explainer", true},
		// near-misses: a story's sentences, a quotation, a code inside prose
		{"For a decade, she said, nobody could see a way out of the dispute.", false},
		{"For a factbox on quotas, see the panel below.", false},
		{"For the minister, see-saw politics is nothing new.", false},
		{"\"For a start, see FISH-QUOTA/FACTBOX,\" the clerk joked.", false},
		{"For years the EU-UK talks went nowhere, see analysts.", false},
		{"For a factbox, see FISH/FACTBOX and ask the fishermen in Kelmouth what they think of the new rules, which they say will cost them dearly this winter and beyond", false},
	} {
		if got := wirePointerLine(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("wirePointerLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestWirePointerBetweenSections(t *testing.T) {
	page := "Fishing fleets face deeper quota cuts in northern waters\n\n" +
		"KELMOUTH (Harbour Wire) — Fisheries ministers agreed on Monday to cut cod quotas by a fifth, the third cut in as many years.\n\n" +
		"The fleet's association said the cut would tie up a quarter of its boats for the winter.\n\n" +
		"For a factbox on the new quotas, see FISH-QUOTA/FACTBOX\n\n" +
		"STRANDVIK — In the north, harbour masters said they expected boats to sail further out to fish for species the cut leaves alone.\n\n" +
		"The harbour board will meet on Friday to set its mooring fees for the winter.\n"
	doc, err := Clean("wire.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "FACTBOX") {
		t.Errorf("pointer left in %q", doc.Text)
	}
	if !strings.Contains(doc.Text, "STRANDVIK — In the north") {
		t.Errorf("section lost from %q", doc.Text)
	}
}
