package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fromText reads a scraped text page: one unit per non-blank line, blocks
// separated by blank lines. Blocks whose lines look hard-wrapped (an e-mail
// or a terminal copy) are marked so their lines join into one paragraph.
func fromText(text string) article {
	var a article
	block := 0
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		raw := text[start:end]
		line := strings.TrimSpace(raw)
		indented := strings.HasPrefix(raw, "  ") && line != ""
		start = end + 1
		if line == "" {
			if n := len(a.units); n > 0 && a.units[n-1].block == block {
				block++
			}
			continue
		}
		if n := len(a.units); n > 0 && a.units[n-1].block == block && dropCapSplit(a.units[n-1].text, line) {
			a.units[n-1].text += line // "T" over "he winter the works closed, …"
			continue
		}
		a.units = append(a.units, unit{text: line, block: block, indented: indented})
	}
	a.units = markNumberedTranscripts(a.units)
	markWrapped(a.units)
	markWrappedPairs(a.units) // wrapped_pairs_and_captions.go
	markCourtSummaryLines(a.units)
	a.units = markPDFPages(a.units)
	return a
}

// dropCapSplit reports a drop cap a page saved as text broke off its
// word: a capital letter alone on its line, and on the next line of the
// same block the rest of the word in lower case ("T" over "he winter the
// glassworks closed, …"). "A" and "I" are words of their own, so over a
// lower-case line they may start the sentence rather than a word ("I" over
// "was fifteen"): they are left alone.
func dropCapSplit(prev, line string) bool {
	r, n := utf8.DecodeRuneInString(prev)
	if n != len(prev) || !unicode.IsUpper(r) || r == 'A' || r == 'I' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(next)
}

// markWrapped marks blocks of hard-wrapped prose: several lines of similar,
// moderate length (40–100 characters) where lines break mid-sentence. A
// headline followed by its dek on the next line is not wrapped: the dek
// starts with a capital and there are only two lines.
func markWrapped(units []unit) {
	for i := 0; i < len(units); {
		j := i
		for j < len(units) && units[j].block == units[i].block {
			j++
		}
		if isWrapped(units[i:j]) {
			for k := i; k < j-1; k++ {
				units[k].wrap = true
			}
		}
		i = j
	}
}

func isWrapped(lines []unit) bool {
	if len(lines) < 2 {
		return false
	}
	open := 0 // lines that end mid-sentence
	for k, l := range lines {
		n := utf8.RuneCountInString(l.text)
		if n > 100 || (k < len(lines)-1 && n < 40 && !brokenWordLine(lines, k)) { // "op-" over "erations" (ocr_print_pages.go)
			return false
		}
		if k < len(lines)-1 && !endsSentence(l.text) {
			open++
		}
	}
	if open*2 < len(lines)-1 {
		return false
	}
	if len(lines) >= 3 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(lines[1].text)
	return unicode.IsLower(r)
}

// endsSentence reports text ending in sentence-final punctuation, possibly
// followed by a closing quote or bracket (French typesetting sets a
// narrow no-break space before the closing guillemet: "… encore. »").
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune("\"'”’»)]", r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}
