package ingest

import (
	"strings"
	"testing"
)

// A box of reactions whose quotations each stand over a "— Name, role"
// line, in wordings no fixture uses, and near-misses that must stay.

func TestReactionHeadingOverDashCreditedQuotes(t *testing.T) {
	page := "# Ferry timetable cut for the winter\n\n" + blogBody +
		"## What the islanders said\n\n" +
		"“We were told about it on a poster at the pier, nothing more.”\n\n" +
		"— Ines Marlow, harbourmaster\n\n" +
		"“The last boat home is now at four. That is no use to anyone who works.”\n\n" +
		"— Piet Velde\n\n" +
		"The winter timetable runs until the end of March, when the operator will review it.\n"
	doc, err := Clean("ferry.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"What the islanders said"})
	for _, s := range []string{"“We were told about it on a poster at the pier, nothing more.”", "— Ines Marlow, harbourmaster", "— Piet Velde"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("story line %q lost:\n%s", s, doc.Text)
		}
	}
}

func TestReactionHeadingNearMissesStay(t *testing.T) {
	// a heading over a quotation with no dash credit under it, and one
	// over a quotation whose next line is a sentence that opens with a dash
	for _, tail := range []string{
		"“We were told about it on a poster at the pier, nothing more.”\n\nThe council said the poster had gone up in August.\n",
		"“We were told about it on a poster at the pier, nothing more.”\n\n— and the council, asked twice, has not said why the notice came so late.\n",
	} {
		page := "# Ferry timetable cut for the winter\n\n" + blogBody + "## What the islanders said\n\n" + tail
		doc, err := Clean("ferry.md", []byte(page), KindMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, "What the islanders said") {
			t.Errorf("heading over %q removed:\n%s", tail, doc.Text)
		}
	}
	if dashCreditedQuote([]unit{{text: "Not a quotation at all."}, {text: "— Ines Marlow"}}, []junk{keep, keep}, 0) {
		t.Error("a line with no opening quotation mark taken for a credited quote")
	}
}
