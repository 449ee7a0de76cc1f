package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

func TestLinkExpansionsPrintView(t *testing.T) {
	byline := "By Nia Castell (https://www.example.org/herald/authors/nia-castell), Transport Reporter"
	page := joinParas(
		"Printed from The Bay Herald (https://www.example.org/herald) on 4 April 2027, 10:12",
		"Bus company to cut Sunday services on three routes",
		"Drivers say the timetable was drawn up without them; the company says passenger numbers have halved",
		byline,
		"The Coastline Bus Company will stop Sunday services on three routes from May, it told the transport board (https://www.example.org/board) on Thursday.",
		"The company said in a filing (https://www.example.org/filing.pdf) that fewer than forty people a day used the routes on Sundays last winter.",
		"“We cannot run empty buses for ever,” said its operations director, Pell Marrin. “The money has to go where the passengers are.”",
		"Residents can apply at (https://www.example.org/apply) by Friday for a place on the review panel, the board said.",
		"URL: https://www.example.org/herald/news/sunday-buses",
	)
	doc, err := Clean("buses.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"(https://www.example.org/board)", "(https://www.example.org/filing.pdf)", "Nia Castell"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "it told the transport board on Thursday.") {
		t.Errorf("link text not kept as prose:\n%s", doc.Text)
	}
	// near-miss: an address the writer points the reader at stays
	if !strings.Contains(doc.Text, "apply at (https://www.example.org/apply) by Friday") {
		t.Errorf("pointed-at address removed:\n%s", doc.Text)
	}
	if got := zoneText(doc, annotate.ZoneDek); !strings.HasPrefix(got, "Drivers say the timetable") {
		t.Errorf("dek %q", got)
	}
	found := false
	for _, r := range doc.Meta.Removed {
		found = found || r == byline
	}
	if !found {
		t.Errorf("byline with its address not in meta.removed %q", doc.Meta.Removed)
	}
}

// Near-misses: a page that gives one or two addresses in parentheses,
// with no print frame, means them; an address after a colon or opening a
// line is pointed at.
func TestLinkExpansionsNearMisses(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
	}{
		{"two addresses, no frame", []string{
			"The guidance (https://www.example.org/guidance) was updated on Monday.",
			"The council published its figures (https://www.example.org/figures) last week.",
		}},
		{"colon and line start", []string{
			"Printed from The Bay Herald on 4 April 2027",
			"Apply here: (https://www.example.org/apply)",
			"(https://www.example.org/form) is where the form is.",
			"Full details are on the council website (https://www.example.org/council).",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var u []unit
			for _, l := range tt.lines {
				u = append(u, unit{text: l})
			}
			stripLinkExpansions(u)
			for i, l := range tt.lines {
				if u[i].text != l {
					t.Errorf("%q became %q", l, u[i].text)
				}
			}
		})
	}
}
