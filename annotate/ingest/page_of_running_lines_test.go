package ingest

import (
	"strings"
	"testing"
)

// TestPageOfRunningLines: a running line ending in "Page N of M" after a
// wide gap, and the block of lines each page repeats under it, go; a line
// of the story that happens to sit at a page break, a "Page 2 of 3" that
// comes once, and a repeated block of prose stay.
func TestPageOfRunningLines(t *testing.T) {
	foot := func(n int) string {
		return "Harbour Board | Notice 12 | Dredging              Page " + string(rune('0'+n)) + " of 3"
	}
	page := "HARBOUR BOARD\nDREDGING NOTICE 12\n\nDredging of the inner basin resumes next week\n\n" +
		"The harbour board said on Tuesday that dredging of the inner basin would\nresume on Monday and run for about three weeks, weather allowing, before the\nspring sailing season.\n\n" +
		foot(1) + "\n\nHARBOUR BOARD\nDREDGING NOTICE 12\n\n" +
		"Moorings on the east pontoon will be moved while the work goes on, and\nowners have been written to, the board said.\n\n" +
		foot(2) + "\n\nHARBOUR BOARD\nDREDGING NOTICE 12\n\n" +
		"Questions can be put to the harbour master at the board’s office on the\nquay, which is open on weekdays.\n\n" + foot(3) + "\n"
	doc, err := Clean("dredging.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"Page 1 of 3", "Page 2 of 3", "Harbour Board | Notice 12", "DREDGING NOTICE 12\n"} {
		if strings.Contains(doc.Text+"\n", gone) {
			t.Errorf("%q left in:\n%s", gone, doc.Text)
		}
	}
	for _, kept := range []string{"Moorings on the east pontoon will be moved", "Questions can be put to the harbour master"} {
		if !strings.Contains(doc.Text, kept) {
			t.Errorf("%q lost:\n%s", kept, doc.Text)
		}
	}

	tests := []struct {
		name  string
		lines []string
		want  []bool // junk after marking
	}{
		{"one running line only", []string{"Council | Report              Page 2 of 3", "The council met on Monday."}, []bool{false, false}},
		{"repeated prose next to breaks stays", []string{
			"Council | Report              Page 1 of 3", "The meeting was adjourned until Friday.",
			"Council | Report              Page 2 of 3", "The meeting was adjourned until Friday.",
		}, []bool{true, false, true, false}},
		{"page number inside prose", []string{
			"The report, on page 2 of 3 volumes, said so.", "x",
			"The report, on page 2 of 3 volumes, said so.",
		}, []bool{false, false, false}},
	}
	for _, tt := range tests {
		units := make([]unit, len(tt.lines))
		for i, l := range tt.lines {
			units[i] = unit{text: l, block: i}
		}
		markPageOfRunningLines(units)
		for i, u := range units {
			if (u.junk != keep) != tt.want[i] {
				t.Errorf("%s: line %q junk %v, want %v", tt.name, u.text, u.junk != keep, tt.want[i])
			}
		}
	}
}
