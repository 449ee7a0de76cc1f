package ingest

import "strings"

// meta.removed keeps the page's lines. A Markdown pipe table's row is a
// unit of its cells joined by " | " (pipeTableRows), so a removed row was
// kept without the outer pipes the page sets round it ("| Brockhurst | 41
// | 33 |"); unit.pageRow keeps the row as the page has it, and the removed
// row is kept that way.

// pipeTableLines returns, for each row pipeTableRows returns from the same
// lines, the line the page sets it on, trimmed; nil when the lines are no
// pipe table.
func pipeTableLines(lines []string) []string {
	if pipeTableRows(lines) == nil {
		return nil
	}
	var out []string
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if i == 1 || strings.TrimSpace(strings.ReplaceAll(l, "|", "")) == "" {
			continue // the delimiter row, a row of empty cells
		}
		out = append(out, l)
	}
	return out
}

// pageRowOf returns the page's line for row k of a table, or "" when the
// lines and rows do not pair up.
func pageRowOf(page, rows []string, k int) string {
	if len(page) != len(rows) {
		return ""
	}
	return page[k]
}

// pageRowRemoved returns what meta.removed keeps for a unit removed whole:
// a table row as the page sets it, anything else as removed says.
func pageRowRemoved(u unit, removed []string) []string {
	if u.pageRow == "" || len(removed) != 1 || removed[0] != u.text {
		return removed
	}
	return []string{u.pageRow}
}
