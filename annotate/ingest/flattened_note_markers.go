package ingest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripFlattenedNoteMarkers takes out of the story the note numbers that
// lost their superscript when the page became text: "… in the country.1
// Pryde …", "… for the poles”.2 Dr …". It runs only when the page ends
// with a notes list of items notes (removeEndnoteLists), and takes a number
// only when it is glued to sentence punctuation that follows a letter or
// a closing quote, is at most the list's length and is followed by a
// space and a capital or by the paragraph's end. A decimal ("version
// 2.1", "£3.5m"), a page or figure number ("page 12.", "Figure 3.") and a
// year after a space stay.
func stripFlattenedNoteMarkers(units []unit, kinds []junk, items int) {
	for i := range units {
		if kinds[i] == keep && units[i].role == "" {
			units[i].text = withoutNoteMarkers(units[i].text, items)
		}
	}
}

// withoutNoteMarkers removes from s the glued note numbers up to max.
func withoutNoteMarkers(s string, max int) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += size
		if !strings.ContainsRune(".,;:!?", r) || !noteAnchor(s[:i-size]) {
			continue
		}
		j := i
		for j < len(s) && j-i < 2 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j < len(s) && s[j] >= '0' && s[j] <= '9' {
			continue
		}
		n, _ := strconv.Atoi(s[i:j])
		if n < 1 || n > max {
			continue
		}
		if j < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j:])
			after, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[j:], " "))
			if next != ' ' || !unicode.IsUpper(after) && !strings.ContainsRune("“‘\"", after) {
				continue
			}
		}
		i = j // the marker goes
	}
	return b.String()
}

// noteAnchor reports text ending in a letter or a closing quotation mark,
// which a note's punctuation may follow ("country", "poles”").
func noteAnchor(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || strings.ContainsRune("”’\")", r)
}
