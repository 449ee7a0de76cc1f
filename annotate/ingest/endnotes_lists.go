package ingest

import "strings"

// endnoteHeadings are the headings of a feature's numbered notes printed
// after the story ("Notes", "Endnotes").
var endnoteHeadings = setOf("notes", "endnotes", "footnotes", "notes and sources", "sources and notes")

// removeEndnoteLists removes a notes list after the story: a line that is
// only such a heading, with three kept paragraphs above it, and the short
// items (40 words or fewer each) that run from it to the page's end.
func removeEndnoteLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	above := 0
	for i := range units {
		if kinds[i] != keep {
			continue
		}
		key := strings.TrimRight(strings.ToLower(strings.TrimSpace(units[i].text)), ":")
		if above < 3 || !endnoteHeadings[key] {
			above++
			continue
		}
		items := 0
		for j := i + 1; j < len(units); j++ {
			if kinds[j] != keep {
				continue
			}
			if wc[j] > 40 {
				return
			}
			items++
		}
		if items == 0 || items > 30 {
			return
		}
		for j := i; j < len(units); j++ {
			if kinds[j] == keep {
				kinds[j] = junkTrailer
				removed[j] = []string{units[j].text}
			}
		}
		stripFlattenedNoteMarkers(units[:i], kinds, items) // "country.1 Pryde"
		return
	}
}
