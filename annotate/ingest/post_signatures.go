package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reBylineJoin splits a byline of several writers ("Ann Lee, Bo Park and
// Cy Roe") into their names.
var reBylineJoin = regexp.MustCompile(`\s*(?:[,;&]|\band\b)\s*`)

// removePostSignatures removes the writer's name a live page sets alone
// under each of its posts ("Nadia Kerr" after the post's paragraphs): a
// line that is wholly one of the names of the page's byline, two to four
// capitalised words. A name inside a sentence, or a name not in the
// byline, stays.
func removePostSignatures(units []unit, kinds []junk, removed [][]string, byline string) {
	byline = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(byline), "By "))
	if byline == "" {
		return
	}
	names := map[string]bool{}
	for _, n := range reBylineJoin.Split(byline, -1) {
		if n = strings.TrimSpace(n); n != "" {
			names[strings.ToLower(n)] = true
		}
	}
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || !names[strings.ToLower(u.text)] {
			continue
		}
		words := strings.Fields(u.text)
		if len(words) < 2 || len(words) > 4 {
			continue
		}
		capital := true
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				capital = false
			}
		}
		if capital {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}
