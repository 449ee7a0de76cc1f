package ingest

import (
	"strings"
	"testing"
)

// Boxes pointing to the document a story reports on, in wordings no
// fixture uses: the label and the sentence saying where the document is
// go; the same sentence with no label, a label over story text, and a
// story sentence about where a document was published stay.

func TestDocPointerBoxRemovedMarkdown(t *testing.T) {
	page := "# Harbour board told to tighten safety checks\n\n" +
		"An audit of the Pellmouth harbour board has found that safety checks on its cranes were missed for two winters.\n\n" +
		"The board's chair, Odile Renshaw, said the checks had now been restored and that every crane had been inspected.\n\n" +
		"> **Read the inquiry report**\n" +
		"> The report of the inquiry into the Pellmouth crane collapse is published on the harbour board's website.\n\n" +
		"Dock workers said they had raised the missed checks with managers last year and had been told to wait.\n"
	doc, err := Clean("harbour.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Read the inquiry report",
		"The report of the inquiry into the Pellmouth crane collapse is published on the harbour board's website.",
	})
	if !strings.Contains(doc.Text, "every crane had been inspected.") || !strings.Contains(doc.Text, "told to wait.") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}

func TestDocPointerBoxRemovedText(t *testing.T) {
	page := "Tribunal rules against bus operator\n\n" +
		"A tribunal has ruled that the Fennick bus company was wrong to dismiss a driver who reported faulty brakes.\n\n" +
		"The company said it would study the decision.\n\n" +
		"Read the ruling in full:\n\n" +
		"The tribunal's decision is published on www.tribunal-decisions.example.gov.\n"
	doc, err := Clean("bus.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Read the ruling in full:",
		"The tribunal's decision is published on www.tribunal-decisions.example.gov.",
	})
	if !strings.Contains(doc.Text, "would study the decision.") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}

func TestDocPointerBoxKeepsStory(t *testing.T) {
	// the sentence alone, with no label over it, is the story's
	page := "# Library opening hours cut\n\n" +
		"Corley Council has cut the opening hours of four libraries to save money.\n\n" +
		"The review of library services is published on the council's website.\n"
	doc, err := Clean("library.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "The review of library services is published on the council's website.") {
		t.Errorf("story sentence removed:\n%s", doc.Text)
	}
}

func TestSplitDocPointerBox(t *testing.T) {
	tests := []struct {
		para          string
		label, rest   string
		wantSplitting bool
	}{
		{"Read the full report The inspection report for Larchfield Academy is published on the inspectorate’s website.",
			"Read the full report", "The inspection report for Larchfield Academy is published on the inspectorate’s website.", true},
		{"See the judgment in full The judgment is available at judiciary.example.uk.",
			"See the judgment in full", "The judgment is available at judiciary.example.uk.", true},
		{"View the review: The independent review of the crash can be read online at the ministry's site.",
			"View the review:", "The independent review of the crash can be read online at the ministry's site.", true},
		{"Read the report The audit report for Tansy Ward is available on the trust's website.",
			"Read the report", "The audit report for Tansy Ward is available on the trust's website.", true},
		// near-misses: a reporting verb, a quotation, a lower-case run-on,
		// two sentences, a place that is no website, no label
		{"Read the full report The report is published on the council website, a spokesman said.", "", "", false},
		{"Read the full report “The report is published on our website,” the trust wrote.", "", "", false},
		{"Read the full report and you will see it is published on the website.", "", "", false},
		{"Read the full report The report is published on the website. It runs to 90 pages.", "", "", false},
		{"Read the full report The report was published on Tuesday at the town hall.", "", "", false},
		{"Read the report to parents The head is published on the school website.", "", "", false},
		{"The inspection report is published on the inspectorate’s website.", "", "", false},
		{"Read the full report The Borough Council published its review of parking charges online in March after months of delay and complaints from traders who said the charges had driven shoppers away from the high street.", "", "", false},
	}
	for _, tt := range tests {
		label, rest, ok := splitDocPointerBox(tt.para)
		if ok != tt.wantSplitting || label != tt.label || rest != tt.rest {
			t.Errorf("splitDocPointerBox(%q) = %q, %q, %v; want %q, %q, %v", tt.para, label, rest, ok, tt.label, tt.rest, tt.wantSplitting)
		}
	}
}
