package ingest

import (
	"strings"
	"testing"
)

// Tables set in plain text with columns lined up by spaces, in wordings no
// fixture uses: the title, header row, rows and source line go; the
// paragraphs around the table stay apart and whole. Prose full of numbers
// and a list of scores set with single spaces stay.

func TestSpacedTableRemoved(t *testing.T) {
	page := "Harbour ferry passenger numbers rise for a second year\n\n" +
		"KELMOUTH, March 3 -- The Kelmouth Ferry Company said passenger numbers rose 9% last year, helped by a new evening service to the islands.\n\n" +
		"Ticket revenue rose faster than passenger numbers because of a fare increase in April, the company said.\n\n" +
		"PASSENGERS BY ROUTE (thousands)\n" +
		"                       2031      2030     Change\n" +
		"Kelmouth - Skerrow      412.0     380.5       +8%\n" +
		"Kelmouth - Port Ellis    96.3      88.1       +9%\n" +
		"Evening service          21.4        –          –\n" +
		"Source: company figures\n\n" +
		"Chief executive Mara Quill said the evening boats would run all year from May.\n"
	doc, err := Clean("ferry.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"PASSENGERS BY ROUTE (thousands)",
		"2031      2030     Change",
		"Kelmouth - Skerrow      412.0     380.5       +8%",
		"Evening service          21.4        –          –",
		"Source: company figures",
	})
	want := "because of a fare increase in April, the company said.\n\nChief executive Mara Quill said"
	if !strings.Contains(doc.Text, want) {
		t.Errorf("paragraphs around the table joined or lost; want %q in:\n%s", want, doc.Text)
	}
}

func TestSpacedTableNearMissesStay(t *testing.T) {
	page := "Rovers climb to third after a busy weekend\n\n" +
		"KELMOUTH, Oct. 2 -- Rovers won 3-1, 2-0 and 4-2 in eight days, lifting them from ninth to third with 21 points from 11 games.\n\n" +
		"Results on Saturday:\n" +
		"Kelmouth Rovers 3 Elmbridge Town 1\n" +
		"Port Ellis 0 Skerrow United 2\n" +
		"Dunmore 1 Halsey Athletic 1\n\n" +
		"Next weekend:\n" +
		"Home          Away            Ground\n" +
		"Rovers        Halsey          Kelmouth Park\n" +
		"Skerrow       Port Ellis      The Quay\n\n" +
		"The club said 6,210 fans watched, up 14% on last season's 5,450, and 1,200 of them were under 16.\n\n" +
		"Manager Hugh Varley said the squad needed rest.  He added that two players had knocks.  Nobody else was hurt.\n"
	a := fromText(page)
	n := len(a.units)
	kinds, removed, wc := make([]junk, n), make([][]string, n), make([]int, n)
	for i := range a.units {
		wc[i] = wordCount(a.units[i].text)
	}
	removeSpacedTables(a.units, kinds, removed, wc)
	for i, k := range kinds {
		if k != keep {
			t.Errorf("%q taken as a table line", a.units[i].text)
		}
	}
}

func TestSpacedColumns(t *testing.T) {
	tests := []struct {
		line string
		want int // cells, 0 for no row
	}{
		{"Revenue (£bn)      4.2     3.9    +8%", 4},
		{"Q1 2031\tQ1 2030\tChange", 3},
		{"He stopped.  Then he spoke.  Nobody moved.", 0},
		{"Kelmouth Rovers 3 Elmbridge Town 1", 0},
		{"The figures  were  set out by the council in a long letter to every home", 0},
	}
	for _, tt := range tests {
		if got := len(spacedColumns(tt.line)); got != tt.want {
			t.Errorf("spacedColumns(%q) = %d cells, want %d", tt.line, got, tt.want)
		}
	}
}
