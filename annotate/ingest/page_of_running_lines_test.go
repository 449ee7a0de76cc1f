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

// TestBrowserPrintViewPages: a browser's print view saved as text, with a
// head of print date and time beside the page's title and a foot of the
// page's address beside "Page N of M", loses both at every page (the
// first page's head too), and a paragraph cut by a page break joins up.
// A long two-column line that is prose, and a lone address line, stay.
func TestBrowserPrintViewPages(t *testing.T) {
	head := "03/02/2028, 14:10                    Ferry fares to rise on the island routes | The Lindale Courier"
	foot := func(n int) string {
		return "https://www.lindalecourier.example/news/transport/island-ferry-fares-rise-from-spring-20280203-77120                    Page " + string(rune('0'+n)) + " of 3"
	}
	page := head + "\n\nTHE LINDALE COURIER\nPrint this story | Close window\n\nFerry fares to rise on the island routes from May\n\n" +
		"Ferry fares on the three island routes will rise by six per cent in May, the operator said on Thursday, the\n\n" +
		foot(1) + "\n\n" + head + "\n\nsecond rise in a year.\n\n" +
		"Islanders said the operator had not consulted them before setting the new fares.\n\n" +
		foot(2) + "\n\n" + head + "\n\nThe operator said fuel costs had doubled since the last rise.\n\n" + foot(3) + "\n"
	doc, err := Clean("ferry.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"14:10", "Page 1 of 3", "Page 2 of 3", "lindalecourier.example", "Close window"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("%q left in:\n%s", gone, doc.Text)
		}
	}
	if !strings.HasPrefix(doc.Text, "Ferry fares to rise on the island routes from May\n\n") {
		t.Errorf("headline not first:\n%s", doc.Text)
	}
	if !strings.Contains(doc.Text, "the operator said on Thursday, the second rise in a year.") {
		t.Errorf("paragraph cut by the page break not joined:\n%s", doc.Text)
	}

	tests := []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"address foot with a two-column head", []string{
			"01/03/2028, 09:00          Dam repairs to start in June | The Fenby Post", "The dam will be drained.",
			"https://www.fenbypost.example/news/dam-repairs-start-june-2028-a-long-address-for-the-story-0001          Page 1 of 2",
			"01/03/2028, 09:00          Dam repairs to start in June | The Fenby Post", "Work starts in June.",
			"https://www.fenbypost.example/news/dam-repairs-start-june-2028-a-long-address-for-the-story-0001          Page 2 of 2",
			"01/03/2028, 09:00          Dam repairs to start in June | The Fenby Post",
		}, []bool{true, false, true, true, false, true, true}},
		{"a long two-column line of prose stays", []string{
			"Dam | Report              Page 1 of 2",
			"Engineers told the board          that the spillway, the gates and the old stone culvert under the road would all need work this year",
			"Dam | Report              Page 2 of 2",
			"Engineers told the board          that the spillway, the gates and the old stone culvert under the road would all need work this year",
		}, []bool{true, false, true, false}},
		{"one address foot only", []string{
			"https://www.fenbypost.example/news/dam-repairs-start-june-2028-a-long-address-for-the-story-0001          Page 1 of 2",
			"The dam will be drained.",
		}, []bool{false, false}},
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
