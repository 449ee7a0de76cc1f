package ingest

import (
	"regexp"
	"strings"
)

// A data story sets each chart or table under a labelled title ("Chart:
// Pharmacies lost by district, 2021–2025", "Table: The wards with the
// largest falls") with its image, rows and "Source: …" line under it, and
// perhaps a "Note: …" line saying what the figures leave out. The older
// rules take the image, the rows and the source line; the title and the
// note read as short paragraphs, and the suggester took a title's colon
// for a speaker's. The label names the graphic, so the title goes when
// the graphic's furniture follows it, and the note when it closes that
// furniture.

// reChartLabel matches a graphic's title label: "Chart:", "Table 2:",
// "Graphic —", "Map:", "Figure 1:".
var reChartLabel = regexp.MustCompile(`^(?:Chart|Graph|Graphic|Infographic|Map|Table|Figure|Fig\.)(?: \d{1,2}[a-z]?)?\s*[:—–]\s*\S`)

// reChartNote matches a note on the figures: "Note: …", "Notes: …".
var reChartNote = regexp.MustCompile(`^(?:Notes?|NOTES?)\s*:\s*\S`)

// chartLabelTitle reports a labelled graphic's title: short, no quotation,
// no reporting verb.
func chartLabelTitle(s string, words int) bool {
	return words <= 20 && reChartLabel.MatchString(s) && !strings.ContainsAny(s, "\"“”") && !reported(strings.ToLower(s))
}

// chartPart reports a removed unit that is a graphic's furniture: an
// image's text, a table row or its source line.
func chartPart(units []unit, kinds []junk, k int) bool {
	if k < 0 || k >= len(units) || kinds[k] == keep {
		return false
	}
	t := strings.TrimLeft(units[k].text, "*_ ")
	return units[k].tableRow || kinds[k] == junkCaption || strings.HasPrefix(t, "Source") || strings.HasPrefix(t, "SOURCE")
}

// removeChartLabels removes a labelled graphic's title with its furniture
// right under it, and a note right after that furniture (up to four
// removed lines back to the title).
func removeChartLabels(units []unit, kinds []junk, removed [][]string, wc []int) {
	take := func(i int) {
		kinds[i] = junkCaption
		removed[i] = []string{units[i].text}
	}
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			continue
		}
		t := strings.Trim(u.text, "*_ ")
		if chartLabelTitle(t, wc[i]) && chartPart(units, kinds, i+1) {
			take(i)
			continue
		}
		if wc[i] > 40 || !reChartNote.MatchString(t) || strings.ContainsAny(t, "\"“”") || reported(strings.ToLower(t)) ||
			!chartPart(units, kinds, i-1) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-5 && kinds[k] != keep; k-- {
			if chartLabelTitle(strings.Trim(units[k].text, "*_ "), wc[k]) || units[k].tableRow {
				take(i)
				break
			}
		}
	}
}
