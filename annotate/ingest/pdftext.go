package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text extracted from a PDF page by page: running heads and feet with a
// page number ("14   THE ESTUARY REVIEW"), a section line under them,
// headlines and decks broken over short lines, words hyphenated at line
// ends, paragraphs running on over a page break, and pull quotes that
// repeat a sentence of the story.

// reRunningHead matches a page number set apart from a title by two or
// more spaces, either way round: "14   THE ESTUARY REVIEW",
// "The Estuary Review    15".
var reRunningHead = regexp.MustCompile(`^(?:(?:(?i:page|p\.) ?)?\d{1,4}\s{2,}(\S.{1,60})|(\S.{1,60}?)\s{2,}(?:(?i:page|p\.) ?)?\d{1,4})$`)

// reFolioHead matches a running head set with separators, the paper's
// name first and the page last: "THE KELMOUTH LEDGER · Friday 4 June 2027
// · Page 12".
var reFolioHead = regexp.MustCompile(`^([^·|]{2,60}?) [·|] .{0,60}[·|] (?i:page|p\.) ?\d{1,4}$`)

// runningTitle returns the title of a running head, or "".
func runningTitle(s string) string {
	if !mayBeRunningHead(s) {
		return ""
	}
	var t string
	if m := reRunningHead.FindStringSubmatch(s); m != nil {
		t = m[1] + m[2]
	} else if m := reFolioHead.FindStringSubmatch(s); m != nil {
		t = m[1]
	} else if t = sectionFolioTitle(s); t == "" { // "… JUNE 8, 2027     NEWS 7" (ocr_print_pages.go)
		return ""
	}
	if !strings.ContainsFunc(t, unicode.IsLetter) || wordCount(t) > 8 || endsSentence(t) {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(t), " "))
}

// mayBeRunningHead reports whether s has what every form runningTitle
// reads needs, so that a paragraph of prose skips its three expressions: a
// page number first (within the first 17 bytes: "page 14", "BUSINESS 12")
// or last, and a gap of two spaces (any of regexp's \s) or a "·" or "|"
// separator (the folio form, whose number comes last).
func mayBeRunningHead(s string) bool {
	if s == "" {
		return false
	}
	last := s[len(s)-1]
	endsDigit := '0' <= last && last <= '9'
	if endsDigit && strings.ContainsAny(s, "·|") {
		return true
	}
	if !endsDigit && !strings.ContainsAny(s[:min(len(s), 17)], "0123456789") {
		return false
	}
	return hasSpaceGap(s)
}

// hasSpaceGap reports two whitespace bytes in a row, as regexp's \s{2,}
// matches them ([\t\n\f\r ]).
func hasSpaceGap(s string) bool {
	prev := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			if prev {
				return true
			}
			prev = true
		default:
			prev = false
		}
	}
	return false
}

// markPDFPages finds running heads in text read line by line. A title
// that comes back with a page number on two or more lines (or once, when
// the page's first line names it) marks the text as laid out in pages;
// then the heads go, with a section line in capitals set under one, and
// the page's layout is undone: a pull quote that repeats the story goes,
// short broken lines of a heading join into one line, a paragraph cut by a
// page break joins its continuation.
func markPDFPages(units []unit) []unit {
	count := map[string]int{}
	titles := make([]string, len(units))
	for i, u := range units {
		if titles[i] = runningTitle(u.text); titles[i] != "" {
			count[titles[i]]++
		}
	}
	firstLine := ""
	if len(units) > 0 {
		firstLine = strings.ToLower(units[0].text)
	}
	heads := 0
	for i := range units {
		t := titles[i]
		if t == "" || count[t] < 2 && !strings.Contains(firstLine, t) {
			continue
		}
		heads++
		units[i].junk = junkChrome
		// a section line under the head: "SHELLFISH · WINTER 2026"
		if j := i + 1; j < len(units) && units[j].block != units[i].block && soleLine(units, j) && sectionLine(units[j].text) {
			units[j].junk = junkChrome
		}
	}
	heads += markPageOfLines(units)
	heads += markPageOfRunningLines(units) // page_of_running_lines.go
	if heads == 0 {
		return units
	}
	splitIndentedParagraphs(units)
	joinFullWidthLines(units) // pdf_paragraphs.go
	removeJumpLines(units)
	removeRepeatedPullQuotes(units)
	return joinAcrossPages(joinHeadingLines(units))
}

// splitIndentedParagraphs starts a new block at each line set in inside a
// block of a page's text: the page runs its paragraphs on without a blank
// line and marks each opening by an indent ("  The council said …"); the
// lines of such a paragraph join.
func splitIndentedParagraphs(units []unit) {
	block, prev := -1, -1
	for i := range units {
		old := units[i].block
		if i == 0 || old != prev || units[i].indented {
			block++
		}
		prev = old
		units[i].block = block
	}
	// a paragraph opened by an indent runs on over its lines
	for i := 0; i < len(units); {
		j := i
		for j < len(units) && units[j].block == units[i].block {
			j++
		}
		if units[i].indented {
			for k := i; k < j-1; k++ {
				units[k].wrap = true
			}
		}
		i = j
	}
}

// soleLine reports a unit alone in its block.
func soleLine(units []unit, i int) bool {
	return (i == 0 || units[i-1].block != units[i].block) && (i+1 == len(units) || units[i+1].block != units[i].block)
}

// sectionLine reports a short line whose letters are all capitals.
func sectionLine(s string) bool {
	return wordCount(s) <= 6 && upperCase(s)
}

// joinHeadingLines joins a block of two to four short lines, none but the
// last ending a sentence or a label, the later ones not opening a new
// label: a headline or deck set over several lines. The lines become one
// unit before any line is classified, so that a broken line ("to strike
// over") is not judged as a line of page furniture on its own. A block
// already read as hard-wrapped prose is left to the paragraph joining.
func joinHeadingLines(units []unit) []unit {
	var b strings.Builder // the page, for a hyphen at a line end
	for _, u := range units {
		b.WriteString(u.text)
		b.WriteByte('\n')
	}
	page := b.String()
	out := units[:0]
	for i := 0; i < len(units); {
		j := i
		for j < len(units) && units[j].block == units[i].block {
			j++
		}
		if n := j - i; n >= 2 && n <= 4 && headingLines(units[i:j]) && !mastheadBlock(units[i:j]) && !letterheadBlock(units[i:j]) { // masthead_issue_lines.go, letterheads.go
			u := units[i]
			for k := i + 1; k < j; k++ {
				u.text = joinLines(u.text, units[k].text, page)
			}
			u.wrap = false
			out = append(out, u)
		} else {
			out = append(out, units[i:j]...)
		}
		i = j
	}
	return out
}

// headingLines reports the lines of a block as a heading set over short
// lines: all kept, none wrapped as prose, each at most 60 characters, none
// but the last ending a sentence, none holding a label's ": ", none a line
// of story tools ("Print this article | Close window", story_tool_lines.go).
func headingLines(lines []unit) bool {
	for k, l := range lines {
		if l.junk != keep || l.wrap || utf8.RuneCountInString(l.text) > 60 || k < len(lines)-1 && endsSentence(l.text) || strings.Contains(l.text, ": ") || storyToolsLine(l.text, wordCount(l.text)) {
			return false
		}
	}
	return true
}

// removeRepeatedPullQuotes removes a pull quote: a block that is a
// quotation of four or more words, perhaps with "– Name" after it, whose
// words the story prints elsewhere.
func removeRepeatedPullQuotes(units []unit) {
	var all strings.Builder
	for _, u := range units {
		all.WriteString(u.text)
		all.WriteByte(' ')
	}
	page := strings.Join(strings.Fields(dehyphenate(all.String())), " ")
	for i := 0; i < len(units); {
		j := i
		var b strings.Builder
		for j < len(units) && units[j].block == units[i].block {
			b.WriteString(units[j].text)
			b.WriteByte(' ')
			j++
		}
		t := strings.Join(strings.Fields(b.String()), " ")
		if q := pullQuoteText(t); q != "" && strings.Count(page, q) >= 2 {
			for k := i; k < j; k++ {
				units[k].junk = junkChrome
				units[k].wrap = false
			}
		}
		i = j
	}
}

// rePullQuote matches a quotation with an optional "– Name" after it.
var rePullQuote = regexp.MustCompile(`^[“"‘]([^“”"]{10,300}?)[.,!?]?[”"’](?:\s*[–—-]\s*\p{Lu}[\p{L}.'’ -]{1,40})?$`)

func pullQuoteText(s string) string {
	m := rePullQuote.FindStringSubmatch(s)
	if m == nil || wordCount(m[1]) < 4 {
		return ""
	}
	return m[1]
}

// joinAcrossPages joins a paragraph that a page break cut: when the last
// kept line before removed page furniture ends mid-sentence and the next
// kept line opens in lower case, the continuation's block joins the cut
// paragraph, and the furniture between is moved after it.
func joinAcrossPages(units []unit) []unit {
	for i := 0; i+1 < len(units); i++ {
		if units[i].junk != keep || !pageFurniture(units[i+1]) || endsSentence(units[i].text) {
			continue
		}
		j := i + 1
		for j < len(units) && pageFurniture(units[j]) {
			j++
		}
		if j == len(units) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(units[j].text); !unicode.IsLower(r) && !fullMeasureCut(units, i, j) { // full_measure_page_cuts.go
			continue
		}
		// continuation block: units[j..k)
		k := j
		for k < len(units) && units[k].block == units[j].block {
			k++
		}
		furniture := append([]unit(nil), units[i+1:j]...)
		cont := append([]unit(nil), units[j:k]...)
		for c := range cont {
			cont[c].block = units[i].block
		}
		units[i].wrap = true
		n := copy(units[i+1:], cont)
		copy(units[i+1+n:], furniture)
		i += n - 1
	}
	return units
}

// reLineHyphen matches a word broken at a line end: "smoth-" + "er".
var reLineHyphen = regexp.MustCompile(`(\p{Ll}+)-\s+(\p{Ll}+)`)

// dehyphenate undoes line-end hyphenation inside text joined from lines.
func dehyphenate(s string) string {
	return reLineHyphen.ReplaceAllString(s, "$1$2")
}

// joinLines joins a hard-wrapped line to the next. A word broken at the
// line end by a hyphen ("inde-" / "pendent") joins whole when both halves
// are in lower case, unless the page prints the hyphenated form elsewhere
// ("well-known") or the break falls on a compound's own hyphen
// ("long-" / "standing", line_end_hyphens.go).
func joinLines(a, b string, page string) string {
	if strings.HasSuffix(a, "-") && !strings.HasSuffix(a, "--") {
		head := a[:len(a)-1]
		r, _ := utf8.DecodeLastRuneInString(head)
		r2, _ := utf8.DecodeRuneInString(b)
		if unicode.IsLower(r) && unicode.IsLower(r2) {
			w1 := head[strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
			w2 := b
			if e := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
				w2 = b[:e]
			}
			if strings.Contains(page, w1+"-"+w2) || keepsLineEndHyphen(w1, w2, page) {
				return a + b
			}
			return head + b
		}
	}
	return a + " " + b
}

// reJumpLine matches a story's jump to or from another page: "Continued
// on page 6", "Continued from Page 4", "Cont. on p.12".
var reJumpLine = regexp.MustCompile(`^(?i:continued|cont\.|cont’d|cont'd) (?i:on|from) (?i:page|p\.) ?\d{1,4}\.?$`)

// removeJumpLines removes a paper's jump lines and, above a "Continued
// from" line, the jump headline the continuation carries ("Harbour row:
// mayor ‘was warned’") and the section line in capitals over it.
func removeJumpLines(units []unit) {
	for i := range units {
		if jumpHead(units[i].text) { // "FLOOD MEETING (continued from page 1)" (jump_heads.go)
			units[i].junk = junkChrome
			continue
		}
		if !reJumpLine.MatchString(units[i].text) {
			continue
		}
		units[i].junk = junkChrome
		if !strings.Contains(strings.ToLower(units[i].text), " from ") {
			continue
		}
		h := i - 1
		if h < 0 || !soleLine(units, h) || wordCount(units[h].text) > 12 || endsSentence(units[h].text) || units[h].junk != keep {
			continue
		}
		units[h].junk = junkChrome
		if s := h - 1; s >= 0 && soleLine(units, s) && sectionLine(units[s].text) && units[s].junk == keep {
			units[s].junk = junkChrome
		}
	}
}

// pageFurniture reports a unit known to be furniture or read as such on
// its own (an advert's label and line between a paragraph and its
// continuation on the next page).
func pageFurniture(u unit) bool {
	return u.junk != keep || u.role == "" && !brokenWordEnd(u.text) && classify(u.text, wordCount(u.text)) != keep // "more sen-" runs on (ocr_print_pages.go)
}
