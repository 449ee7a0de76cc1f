package ingest

import (
	"strings"
	"testing"
)

// A markets wire's ticker lines, correction note and tagged slug headline,
// in wordings no fixture uses, beside near-misses that must stay.

func TestWireTickersCorrectionAndSlugRemoved(t *testing.T) {
	page := "CORRECTED-Holnstead Ferries agrees sale to Marlow Shipping\n\n" +
		"Holnstead Ferries agrees sale to Marlow Shipping\n\n" +
		"(This article has been corrected to fix the number of vessels in paragraph 3)\n\n" +
		"BRISTOL, March 3 (Newswire) - Holnstead Ferries said on Tuesday it had agreed to be bought by Marlow Shipping for 240 million pounds, ending a decade of independence for the island operator.\n\n" +
		"(HFER.L +12.4%, MSHP.L -0.8%)\n\n" +
		"Shares in Holnstead Ferries (HFER.L) rose 12.4 percent after the announcement, while Marlow slipped (MSHP.L -0.8%) in early trade on the London market.\n\n" +
		"(.FTAS +0.2%)\n\n" +
		"(The figures in this story are unaudited, the company said)\n\n" +
		"Ines Marlow, Marlow Shipping's chief executive, said the combined fleet of eleven vessels would keep every current route and that no crew would lose their jobs.\n\n" +
		"The sale needs the approval of the harbour board, which meets in April, and of the competition regulator.\n\n"
	doc, err := Clean("wire.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"CORRECTED-Holnstead Ferries agrees sale to Marlow Shipping",
		"(This article has been corrected to fix the number of vessels in paragraph 3)",
		"(HFER.L +12.4%, MSHP.L -0.8%)",
		"(.FTAS +0.2%)",
	})
	for _, kept := range []string{
		"Holnstead Ferries agrees sale to Marlow Shipping",
		"while Marlow slipped (MSHP.L -0.8%) in early trade",
		"(The figures in this story are unaudited, the company said)",
	} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q lost:\n%s", kept, doc.Text)
		}
	}
}

func TestWireCorrectionNearMissesStay(t *testing.T) {
	for _, line := range []string{
		"(HFER.L)",
		"(up 12.4%)",
		"(Figures in millions of pounds)",
		"(This story has been updated many times, the editor said)",
		"(The company has been corrected twice by the regulator this year, a spokesman said)",
		"(AB +5%) is the lab's code for the sample, the report said",
	} {
		if k := wireCorrectionLine(line, wordCount(line)); k != keep {
			t.Errorf("wireCorrectionLine took %q", line)
		}
	}
}

func TestTaggedHeadlineWithoutRepeatKeepsWords(t *testing.T) {
	page := "UPDATE 2-Holnstead Ferries agrees sale to Marlow Shipping\n\n" +
		"BRISTOL, March 3 (Newswire) - Holnstead Ferries said on Tuesday it had agreed to be bought by Marlow Shipping for 240 million pounds, ending a decade of independence for the island operator.\n\n" +
		"Ines Marlow, Marlow Shipping's chief executive, said the combined fleet of eleven vessels would keep every current route and that no crew would lose their jobs.\n\n"
	doc, err := Clean("wire.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Holnstead Ferries agrees sale to Marlow Shipping\n") {
		t.Errorf("the tagged headline lost its words:\n%s", doc.Text)
	}
}
