package ingest

import (
	"strings"
	"testing"
)

func TestBrParagraphs(t *testing.T) {
	block := "The mill closed on Friday after ninety years.\nIts owners blamed the price of power.\n\n" +
		"Workers gathered at the gate on Saturday morning.\n“We saw it coming,” one said.\n\n" +
		"The council said it would help them find work."
	paras, ok := brParagraphs(block)
	if !ok || len(paras) != 3 || paras[0] != "The mill closed on Friday after ninety years. Its owners blamed the price of power." {
		t.Fatalf("brParagraphs = %q, %v", paras, ok)
	}
	// near-misses: left a line at a time
	for _, s := range []string{
		"Unit 4, Mill Lane\nKestle KT2 9QP\n\nOpen Monday to Friday\n9am to 5pm",                                                    // an address and hours
		"The wind came over the hill\nand the gate swung wide\n\nNo one called us in\nand no one came outside",                      // a verse
		"The plan has three parts:\n1. New buses on the coast road.\n2. A later last train.\n\nIt starts in May.\nIt ends in 2030.", // a lead-in and a list
		"The mill closed on Friday.\nIts owners blamed power prices.",                                                               // one paragraph, no blank line
	} {
		if paras, ok := brParagraphs(s); ok {
			t.Errorf("brParagraphs(%q) = %q, want no joining", s, paras)
		}
	}
}

func TestBrParagraphsInHTML(t *testing.T) {
	page := `<html><head><title>Mill closes after ninety years</title></head><body>
<div class="story"><div class="headline"><b>Mill closes after ninety years</b></div>
<div class="text">
The Kestle paper mill closed on Friday after ninety years of work on the river.<br>
Its owners blamed the price of power and a fall in orders from abroad.<br><br>
Workers gathered at the gate on Saturday morning to take down the sign.<br>
“We saw it coming for a long time, but it still hurts,” one of them said.<br><br>
The council said it would help the 140 staff find work in the area.<br>
It said a jobs fair would be held in the town hall next week.
</div></div></body></html>`
	doc, err := Clean("mill.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	want := "on the river. Its owners blamed"
	if !strings.Contains(doc.Text, want) || strings.Count(doc.Text, "Its owners blamed") != 1 {
		t.Errorf("lines not joined once into their paragraph:\n%s", doc.Text)
	}
	if !strings.Contains(doc.Text, "from abroad.\n\nWorkers gathered") {
		t.Errorf("paragraphs not kept apart:\n%s", doc.Text)
	}
}
