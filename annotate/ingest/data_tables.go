package ingest

import "strings"

// removeDataTables removes a data table an HTML article carries (a grid of
// short cells, most rows holding a figure: a forecast, a results table, a
// budget): every row of the table's block, and the "Source: …" or "Note: …"
// line set under it. A reader of the story reads the figures in the text;
// the grid, flattened, is no paragraph. A table whose rows are prose (a
// layout table, a long cell) or hold a quotation stays.
func removeDataTables(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); {
		if !units[i].tableRow {
			i++
			continue
		}
		j := i
		rows, figures, data := 0, 0, true
		for j < len(units) && units[j].tableRow && units[j].block == units[i].block {
			t := units[j].text
			rows++
			if strings.ContainsAny(t, "0123456789") {
				figures++
			}
			if wc[j] > 12 || strings.ContainsAny(t, "\"“”«»„") || endsSentence(t) {
				data = false
			}
			j++
		}
		if data && rows >= 2 && figures*2 >= rows {
			for k := i; k < j; k++ {
				if kinds[k] == keep && units[k].role == "" {
					kinds[k] = junkChrome
					removed[k] = []string{units[k].text}
				}
			}
			// the table's source or note line, right under it
			if j < len(units) && kinds[j] == keep && units[j].role == "" && wc[j] <= 25 && (tableNoteLine(units[j].text) || tableSourceNote(units[j].text)) {
				kinds[j] = junkChrome
				removed[j] = []string{units[j].text}
			}
		}
		i = j
	}
}

// tableNoteLine reports the line a table's source or note is set in:
// "Source: …", "Sources: …", "Note: …", "Figures: …", "Data: …".
func tableNoteLine(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "source", "sources", "note", "notes", "figures", "data", "data source":
		return true
	}
	return false
}
