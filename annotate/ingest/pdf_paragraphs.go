package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinFullWidthLines marks as one paragraph a block of a page's text whose
// lines, all but the last, run to the page's full width. A PDF's text
// keeps a paragraph's lines together without a blank line between them;
// when each line happens to end a sentence ("… Justice Ward said." /
// "“It was never …”") the lines do not look hard-wrapped, but a line set
// to the full measure is never a paragraph's last. The width is the
// longest line of the page's wrapped prose; a block of short lines (a
// list, an address) is left as it is.
func joinFullWidthLines(units []unit) {
	width := proseWidth(units)
	if width < 60 {
		return
	}
	for i := 0; i < len(units); {
		j := i
		for j < len(units) && units[j].block == units[i].block {
			j++
		}
		if j-i >= 2 && fullWidthBlock(units[i:j], width) {
			for k := i; k < j-1; k++ {
				units[k].wrap = true
			}
		}
		i = j
	}
}

// proseWidth returns the page's width: the length of its longest kept
// line of wrapped prose.
func proseWidth(units []unit) int {
	width := 0
	for _, u := range units {
		if u.wrap && u.junk == keep {
			width = max(width, utf8.RuneCountInString(u.text))
		}
	}
	return width
}

// fullWidthBlock reports a block of kept prose lines whose lines but the
// last reach 85% of the width; the next line opens a sentence, not a
// label ("Tel: …").
func fullWidthBlock(lines []unit, width int) bool {
	for k, l := range lines {
		if l.junk != keep || l.role != "" || l.tableRow || wordCount(l.text) < 4 {
			return false
		}
		if k == len(lines)-1 {
			break
		}
		if l.wrap || utf8.RuneCountInString(l.text)*100 < width*85 {
			return false
		}
		next := strings.TrimLeft(lines[k+1].text, "“‘\"'(")
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
