package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reBracketedCitation matches a reference marker in square brackets: "[1]",
// "[2,5]", "[3–6]", with the space before it when there is one.
var reBracketedCitation = regexp.MustCompile(`\s?\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]`)

// citationPointerWords are words after which a bracketed number points to a
// paragraph of a judgment or a report ("said at [61]", "para [12]") or
// numbers a choice ("walk or [2] ride") rather than a reference.
var citationPointerWords = setOf("at", "para", "paras", "paragraph", "paragraphs", "see", "in", "and", "or", "then")

// stripBracketedCitations takes out of the story's kept paragraphs the
// reference markers of a science page whose reference list was removed
// ("… the University of Ashgrove [1].", "… along hedgerows [2] and …",
// "… in 2022 alone.[4]"), keeping each in removed. A marker goes only when
// it follows a word, a number or a closing quote (or the punctuation right
// after one, with no space before the marker) and every number in it is
// between 1 and the list's length: a bracketed year ("[2026] EWCA"), a
// paragraph reference ("said at [61]", "ended. [2] The next") and
// "[laughter]" stay.
func stripBracketedCitations(units []unit, kinds []junk, removed [][]string, items int) {
	for i := range units {
		if kinds[i] != keep || units[i].role != "" {
			continue
		}
		text, markers := withoutBracketedCitations(units[i].text, items)
		if len(markers) > 0 {
			units[i].text = text
			removed[i] = append(removed[i], markers...)
		}
	}
}

// withoutBracketedCitations returns s without its reference markers up to
// max, and the markers taken.
func withoutBracketedCitations(s string, max int) (string, []string) {
	var b strings.Builder
	var markers []string
	last := 0
	for _, m := range reBracketedCitation.FindAllStringSubmatchIndex(s, -1) {
		start, end := m[0], m[1]
		if !citationAnchor(s[:start]) && (s[start] != '[' || !citationAfterPunctuation(s[:start])) || !citationNumbers(s[m[2]:m[3]], max) || !citationEnd(s[end:]) {
			continue
		}
		b.WriteString(s[last:start])
		markers = append(markers, strings.TrimSpace(s[start:end]))
		last = end
	}
	if markers == nil {
		return s, nil
	}
	b.WriteString(s[last:])
	return b.String(), markers
}

// citationAnchor reports text ending in a word, a number or a closing
// quotation mark that is not a pointer word ("at", "para").
func citationAnchor(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	if strings.ContainsRune("”’\"')", r) {
		return true
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	fields := strings.Fields(before)
	return !citationPointerWords[strings.ToLower(fields[len(fields)-1])]
}

// citationAfterPunctuation reports text ending in a sentence's or a
// clause's punctuation right after an anchor ("… in 2022 alone.[4]",
// "… from October,[2] it"): the style that sets a marker after the full
// stop, with no space before it. After a space ("two choices: [1] walk")
// it is no marker.
func citationAfterPunctuation(before string) bool {
	r, n := utf8.DecodeLastRuneInString(before)
	return n > 0 && strings.ContainsRune(".,;:!?", r) && citationAnchor(before[:len(before)-n])
}

// citationNumbers reports a marker's numbers all between 1 and max.
func citationNumbers(inner string, max int) bool {
	for _, f := range strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == '–' || r == '-' || r == ' ' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > max {
			return false
		}
	}
	return true
}

// citationEnd reports what follows a marker as the paragraph's end, a space
// or sentence punctuation.
func citationEnd(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || unicode.IsSpace(r) || strings.ContainsRune(".,;:!?)", r)
}
