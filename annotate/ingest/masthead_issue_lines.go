package ingest

import (
	"regexp"
	"strings"
)

// A printed newsletter or local paper opens on a masthead block of short
// lines: the title in capitals, a motto ("Serving Dunford and Ashby since
// 1979", masthead_mottos.go) and an issue line that gives the number, the
// month and what the copy costs ("Issue 112 - December 2026 - FREE to
// every household", "No. 48 · March 2027 · 60p"). Saved as text, the block
// looked like a headline set over several lines and was joined into one,
// so neither the masthead rules nor the motto rule saw its lines.

// reCoverPrice matches an issue line's price part: "FREE", "Free to every
// household", "60p", "£1.20", "Price 50p".
var reCoverPrice = regexp.MustCompile(`^(?i:free(?: (?:to|for|in) [\p{L} ]{3,30})?|(?:price:? )?(?:£\d{1,2}(?:\.\d{2})?|\d{1,3}p))$`)

// reIssueSeparator splits an issue line on a spaced hyphen or dash, or on
// the separators of a header line.
var reIssueSeparator = regexp.MustCompile(` (?:-{1,2}|[—–|·•/]) `)

// mastheadIssueLine reports a masthead's issue line: an issue number, a
// date or month, and perhaps the price, apart by separators, and nothing
// else. A sentence about an issue has words of its own between them.
func mastheadIssueLine(s string, words int) bool {
	if words > 14 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	parts := reIssueSeparator.Split(strings.Trim(s, "*_ "), -1)
	if len(parts) < 2 {
		return false
	}
	numbered, dated := false, false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case reIssueNumber.MatchString(p):
			numbered = true
		case isDateLine(p) && wordCount(p) <= 4:
			dated = true
		case reCoverPrice.MatchString(p):
		default:
			return false
		}
	}
	return numbered && dated
}

// mastheadBlock reports a block of lines that is a masthead rather than a
// headline set over several lines: a title in capitals followed by the
// paper's motto or its issue line. Such lines must stay apart.
func mastheadBlock(lines []unit) bool {
	if len(lines) < 2 || !sectionLine(lines[0].text) {
		return false
	}
	for _, l := range lines[1:] {
		w := wordCount(l.text)
		if mastheadMotto(l.text, w) || mastheadIssueLine(l.text, w) {
			return true
		}
	}
	return false
}
