package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrapWidth is the width a hard-wrapped text page is set to: the longest
// line of its wrapped blocks, when at least four lines wrap. 0 when the
// page is not hard-wrapped.
func wrapWidth(units []unit) int {
	width, wrapped := 0, 0
	for _, u := range units {
		if !u.wrap {
			continue
		}
		wrapped++
		if n := utf8.RuneCountInString(u.text); n > width {
			width = n
		}
	}
	if wrapped < 4 || width < 50 || width > 100 {
		return 0
	}
	return width
}

// firstWordLen is the length in runes of a line's first word.
func firstWordLen(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// brokenAtWidth reports a line broken only because the next line's first
// word would not fit on it at the page's wrap width: the line is long
// (within 20 characters of the width) and it plus that word overflow it.
func brokenAtWidth(line, next string, width int) bool {
	n := utf8.RuneCountInString(line)
	return width > 0 && n <= width && n >= width-20 && n+1+firstWordLen(next) > width
}

// markWrappedPairs joins a two-line block of a hard-wrapped page whose
// first line ends a sentence at the wrap width: the writer's paragraph
// went on ("… she said." and "“Next quote …”"), and the line broke only
// because the next word did not fit. markWrapped leaves such a block
// alone, since its first line ends a sentence; a short line ending a
// sentence, or a line the next word would have fitted on, ends a
// paragraph and stays apart.
func markWrappedPairs(units []unit) {
	width := wrapWidth(units)
	if width == 0 {
		return
	}
	for i := 0; i+1 < len(units); i++ {
		a, b := units[i], units[i+1]
		if a.block != b.block || a.wrap || (i > 0 && units[i-1].block == a.block) || (i+2 < len(units) && units[i+2].block == a.block) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(b.text)
		if !endsSentence(a.text) || !(unicode.IsLetter(r) || strings.ContainsRune("\"“‘'«", r)) || !strings.Contains(a.text, " ") {
			continue
		}
		if brokenAtWidth(a.text, b.text, width) {
			units[i].wrap = true
		}
	}
}

// removeWrappedRemainders removes the rest of a removed line that the
// page's hard wrap carried onto the next line ("Related: … | Fares" and
// "on Vale trams …"): a kept line right after a removed list line of its
// block, when the removed line ends mid-sentence near the wrap width and the
// kept line starts in lower case and is short. A line after such a list
// starting with a capital, or after a short removed line, is the page's
// own, and stays.
func removeWrappedRemainders(units []unit, kinds []junk, removed [][]string, wc []int) {
	width := wrapWidth(units)
	if width == 0 {
		return
	}
	for i := 0; i+1 < len(units); i++ {
		if kinds[i] != junkRelated || kinds[i+1] != keep || units[i+1].block != units[i].block || wc[i+1] > 12 {
			continue
		}
		a, b := units[i].text, units[i+1].text
		r, _ := utf8.DecodeRuneInString(b)
		if n := utf8.RuneCountInString(a); endsSentence(a) || !unicode.IsLower(r) || endsSentence(b) || n > width || n < width-20 {
			continue
		}
		kinds[i+1] = junkRelated
		removed[i+1] = []string{b}
	}
}

// reCaptionNote matches the note in brackets closing a table's caption:
// the unit or the clock its figures are in ("(all times UTC)", "(£m)",
// "(figures in thousands)", "(per cent)").
var reCaptionNote = regexp.MustCompile(`\((?i:(?:all )?(?:times?|figures|prices|amounts|values|data)(?: (?:are|given|shown))? (?:in )?[^()]{1,20}|(?:in )?(?:£|\$|€|%|per ?cent|millions?|thousands?|billions?|bn|UTC|GMT|local time)[^()]{0,15})\)$`)

// removeTableCaptions removes a heading over a removed data table when the
// heading is the table's caption, closing on the note of its unit or clock
// ("Timeline (all times UTC)"), even when prose follows the table: the
// heading names the table, not the prose. A heading without such a note
// over a table and prose heads the prose, and stays (removeTableHeadings).
func removeTableCaptions(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if !units[i].tableRow || kinds[i] == keep || units[i-1].tableRow {
			continue
		}
		h := i - 1
		t := strings.TrimRight(strings.Trim(units[h].text, "*_ "), ":")
		if kinds[h] != keep || units[h].heading == 0 || wordCount(t) > 8 || !reCaptionNote.MatchString(t) {
			continue
		}
		whole := true
		for j := i; j < len(units) && units[j].tableRow; j++ {
			if kinds[j] == keep {
				whole = false // part of the table stays
				break
			}
		}
		if whole {
			kinds[h] = junkChrome
			removed[h] = []string{units[h].text}
		}
	}
}
