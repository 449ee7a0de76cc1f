package ingest

import (
	"strings"
	"testing"
)

// Markdown table rows kept in meta.removed as the page sets them, in
// invented text; lines that are no table, and units that are no row, keep
// what the rules removed.

func TestPipeTableLines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"outer pipes", []string{"| Ward | 2021 | 2025 |", "|---|---:|---:|", "| Eastgate | 12 | 9 |"},
			[]string{"| Ward | 2021 | 2025 |", "| Eastgate | 12 | 9 |"}},
		{"no outer pipes", []string{"Team | HT | FT", "---|---|---", "Rovers | 1 | 2"},
			[]string{"Team | HT | FT", "Rovers | 1 | 2"}},
		{"an empty row", []string{"| | Home | Away |", "|---|---|---|", "|  |  |  |", "| Shots | 9 | 4 |"},
			[]string{"| | Home | Away |", "| Shots | 9 | 4 |"}},
		{"no delimiter row", []string{"| Ward | 2021 |", "| Eastgate | 12 |", "| Westgate | 8 |"}, nil},
		{"prose with a bar", []string{"Fares rose | fell", "on the line", "last year"}, nil},
	} {
		got := pipeTableLines(tc.lines)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") || (got == nil) != (tc.want == nil) {
			t.Errorf("%s: pipeTableLines = %q, want %q", tc.name, got, tc.want)
		}
		if rows := pipeTableRows(tc.lines); len(rows) != len(got) {
			t.Errorf("%s: %d rows, %d page lines", tc.name, len(rows), len(got))
		}
	}
}

func TestPageRowRemoved(t *testing.T) {
	row := unit{text: "Eastgate | 12 | 9", tableRow: true, pageRow: "| Eastgate | 12 | 9 |"}
	for _, tc := range []struct {
		name    string
		u       unit
		removed []string
		want    []string
	}{
		{"a removed row", row, []string{"Eastgate | 12 | 9"}, []string{"| Eastgate | 12 | 9 |"}},
		{"a kept row", row, nil, nil},
		{"a row removed in parts", row, []string{"Eastgate", "12 | 9"}, []string{"Eastgate", "12 | 9"}},
		{"a paragraph", unit{text: "The ward lost three."}, []string{"The ward lost three."}, []string{"The ward lost three."}},
	} {
		if got := pageRowRemoved(tc.u, tc.removed); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: pageRowRemoved = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestMarkdownTableRowsRemovedAsOnPage(t *testing.T) {
	md := "# Bus routes fall by a third\n\nThe county has lost forty routes since 2019, according to figures published on Monday by the transport board.\n\n" +
		"| Ward | 2021 | 2025 |\n|---|---:|---:|\n| Eastgate | 12 | 9 |\n| Westgate | 8 | 8 |\n\n" +
		"Councillors will debate the figures at a meeting next month, when the board is expected to set out its plans.\n\n" +
		"The board said it would publish a route-by-route breakdown before the meeting, and residents could comment online.\n"
	doc, err := Clean("buses.md", []byte(md), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "Eastgate") {
		t.Fatalf("table kept in the text: %q", doc.Text)
	}
	removed := strings.Join(doc.Meta.Removed, "\n")
	for _, row := range []string{"| Ward | 2021 | 2025 |", "| Eastgate | 12 | 9 |", "| Westgate | 8 | 8 |"} {
		if !strings.Contains(removed, row) {
			t.Errorf("meta.removed lacks %q: %q", row, doc.Meta.Removed)
		}
	}
}
