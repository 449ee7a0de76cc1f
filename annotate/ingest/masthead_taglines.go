package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mastheadTagline reports a page's first line that is the site's name and
// its tagline after a pipe ("The Harbour Gazette | Independent news for the
// Vale since 1891"), set in one block with the site's menu or breadcrumb,
// which the cleaning has already taken as furniture. The name is one to
// four capitalised words; the tagline two to ten words, no sentence.
func mastheadTagline(units []unit, kinds []junk, i int) bool {
	name, tagline, ok := strings.Cut(units[i].text, " | ")
	if !ok || strings.Contains(tagline, " | ") || endsSentence(tagline) {
		return false
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "of" && w != "the" && w != "and" && w != "&" {
			return false
		}
	}
	if n := wordCount(tagline); n < 2 || n > 10 {
		return false
	}
	for j := range units {
		if j != i && units[j].block == units[i].block && kinds[j] != keep {
			return true
		}
	}
	return false
}
