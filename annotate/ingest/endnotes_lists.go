package ingest

import "strings"

// endnoteHeadings are the headings of a feature's numbered notes printed
// after the story ("Notes", "Endnotes").
var endnoteHeadings = setOf("notes", "endnotes", "footnotes", "notes and sources", "sources and notes")

// removeEndnoteLists removes a notes list after the story: a line that is
// only such a heading, with three kept paragraphs above it, and the short
// items (40 words or fewer each) that run from it to the page's end.
func removeEndnoteLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	i, items := listAfterStory(units, kinds, endnoteHeadings, 30, func(j int) bool { return wc[j] <= 40 })
	if i < 0 {
		return
	}
	removeToEnd(units, kinds, removed, i, false)
	stripFlattenedNoteMarkers(units[:i], kinds, items) // "country.1 Pryde"
}

// listAfterStory finds a list printed after the story: the first kept line
// that is only one of headings, with three kept paragraphs above it, and
// from it to the page's end 1 to most kept items, each one item accepts.
// It returns the heading's index and the number of items, or -1.
func listAfterStory(units []unit, kinds []junk, headings map[string]bool, most int, item func(j int) bool) (int, int) {
	above := 0
	for i := range units {
		if kinds[i] != keep {
			continue
		}
		key := strings.TrimRight(strings.ToLower(strings.TrimSpace(units[i].text)), ":")
		if above < 3 || !headings[key] {
			above++
			continue
		}
		items := 0
		for j := i + 1; j < len(units); j++ {
			if kinds[j] != keep {
				continue
			}
			if !item(j) {
				return -1, 0
			}
			items++
		}
		if items == 0 || items > most {
			return -1, 0
		}
		return i, items
	}
	return -1, 0
}

// removeToEnd removes every kept line from i to the page's end as a
// trailer, each with the number its list printed when numbered.
func removeToEnd(units []unit, kinds []junk, removed [][]string, i int, numbered bool) {
	for j := i; j < len(units); j++ {
		if kinds[j] == keep {
			kinds[j] = junkTrailer
			text := units[j].text
			if numbered {
				text = units[j].item + text
			}
			removed[j] = []string{text}
		}
	}
}
