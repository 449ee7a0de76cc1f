package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// reColumnGap is the gap between two columns of a table set in plain text:
// a tab or a run of two spaces or more.
var reColumnGap = regexp.MustCompile(`\t+|  +`)

// removeSpacedTables removes a table set in plain text between paragraphs
// (a results summary, a poll's figures): three lines or more of one block
// whose columns are lined up by runs of spaces, most rows a label and then
// figures, with the column-header row and the short title line above them
// and a "Source: …" or "Note: …" line under them. The report gives the
// figures that matter in its sentences; a grid flattened into the text is
// no paragraph. Prose with numbers in it, or a list of scores set with
// single spaces, has no columns and stays.
func removeSpacedTables(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); {
		if units[i].role != "" || spacedColumns(units[i].text) == nil {
			i++
			continue
		}
		j := i
		rows, figures := 0, 0
		for j < len(units) && units[j].block == units[i].block && units[j].role == "" {
			cells := spacedColumns(units[j].text)
			if cells == nil {
				break
			}
			rows++
			if figureRow(cells) {
				figures++
			}
			j++
		}
		if rows < 3 || figures < 2 || figures*2 < rows {
			i = j
			continue
		}
		start := i
		// the table's title, right above it in the same block
		if h := i - 1; h >= 0 && units[h].block == units[i].block && units[h].role == "" && kinds[h] == keep && (wc[h] <= 8 || tableTitleLabel(units[h].text, wc[h]) || chartTitle(units[h].text, wc[h])) && !endsSentence(units[h].text) { // table_title_labels.go
			start = h
		} else if h, ok := spacedTableCaptionAbove(units, kinds, wc, i); ok { // spaced_table_captions.go
			start = h
		}
		end := j
		if j < len(units) && kinds[j] == keep && units[j].role == "" && wc[j] <= 25 && (tableNoteLine(units[j].text) || tableSourceNote(units[j].text)) {
			end = j + 1
		}
		for k := start; k < end; k++ {
			if kinds[k] == keep {
				kinds[k] = junkChrome
				removed[k] = []string{units[k].text}
			}
		}
		i = end
	}
}

// spacedColumns splits a line of a plain-text table into its cells, or
// returns nil when the line is no such row: fewer than three cells, a cell
// of more than six words, or a line that ends a sentence.
func spacedColumns(s string) []string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") || endsSentence(s) { // reColumnGap, without the expression
		return nil
	}
	cells := reColumnGap.Split(s, -1)
	if len(cells) < 3 {
		return nil
	}
	for _, c := range cells {
		if wordCount(c) > 6 {
			return nil
		}
	}
	return cells
}

// figureRow reports a table row of figures: every cell after the first (the
// row's label) a number, a share, a change or an empty mark ("186.4",
// "+11%", "+0.8pt", "£1.2bn", "–", "n/a").
func figureRow(cells []string) bool {
	for _, c := range cells[1:] {
		if !figureCell(c) {
			return false
		}
	}
	return true
}

func figureCell(c string) bool {
	switch strings.ToLower(c) {
	case "-", "–", "—", "n/a", "na", "nm", "n.m.":
		return true
	}
	digits, letters := 0, 0
	for _, r := range c {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits > 0 && letters <= 3
}
