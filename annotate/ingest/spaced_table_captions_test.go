package ingest

import (
	"strings"
	"testing"
)

func spacedCaptionPage(caption string) string {
	return "Bus fares rise again in the valley\n\n" +
		"Fares on the valley's bus routes will rise for the third year running in April, the operator confirmed on Monday, with the biggest increase on the route to the hospital.\n\n" +
		caption + "\n\n" +
		"Route            2024   2025   2026\n" +
		"Town to coast     2.10   2.40   2.60\n" +
		"Town to hospital  1.80   2.20   2.70\n" +
		"Valley circular   1.50   1.60   1.75\n\n" +
		"Passengers at the hospital stop said the rise would hit patients who had no other way to reach their appointments, and the operator said it had no choice given its costs.\n"
}

func TestSpacedTableCaptionAbove(t *testing.T) {
	captions := []string{
		"Single adult fares on the valley routes (£)",
		"Adult fare by route and year, Valley Buses (pounds)",
		"What a single ticket costs on each route (£ per trip)",
	}
	for _, c := range captions {
		doc, err := Clean("fares.txt", []byte(spacedCaptionPage(c)), KindText)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(doc.Text, c) {
			t.Errorf("caption %q left:\n%s", c, doc.Text)
		}
	}
	// near-misses: a sentence ending in brackets, a heading with no unit
	// note, and a long paragraph closing on a bracket
	kept := []string{
		"The operator published the new fares on Monday (see below).",
		"What the fares will be",
		"Campaigners who have fought the rises for three years say the operator has again failed to explain where the extra money goes (again)",
	}
	for _, c := range kept {
		doc, err := Clean("fares.txt", []byte(spacedCaptionPage(c)), KindText)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, c) {
			t.Errorf("line %q removed:\n%s", c, doc.Text)
		}
	}
}
