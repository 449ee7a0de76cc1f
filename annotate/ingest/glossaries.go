package ingest

import (
	"regexp"
	"strings"
)

// reGlossaryHeading matches the heading of a list of hard words explained,
// as easy-read and schools pages set it: "Words to know", "Glossary",
// "Key words", "What the words mean", "Words in this story".
var reGlossaryHeading = regexp.MustCompile(`^(?i:words to know|word list|glossary|key (?:words|terms)|words (?:used )?in this (?:story|article|report)|what (?:the|these|some) words mean|jargon buster|hard words|useful words|words explained)\s*:?$`)

// reGlossaryEntry matches a term and its meaning on one line: "flood – When
// a lot of water …", "drains: Pipes under the ground …".
var reGlossaryEntry = regexp.MustCompile(`^[\p{L}\p{N}'’ -]{1,40}?\s*(?::|\s[–—-])\s+\p{Lu}`)

// removeGlossaries removes a glossary set under the story: its heading and
// the entries under it, each a short term on a line of its own followed by
// its meaning, or the term and meaning on one line. The words are
// explained for the reader; no one says them. Two entries at least; the
// list ends at the first line that is neither (a question, reported speech,
// a long paragraph). A run of questions and
// answers has no such heading and its questions end in "?": it stays.
func removeGlossaries(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 6 || !reGlossaryHeading.MatchString(strings.TrimSpace(u.text)) {
			continue
		}
		var taken []int
		entries := 0
		j := glossaryNext(kinds, i+1)
		for j < len(units) && units[j].role == "" {
			t := strings.TrimSpace(units[j].text)
			k := glossaryNext(kinds, j+1)
			switch {
			case glossaryTerm(t, wc[j]) && k < len(units) && glossaryMeaning(units[k], wc[k]):
				taken = append(taken, j, k)
				j = glossaryNext(kinds, k+1)
			case glossaryMeaning(units[j], wc[j]) && reGlossaryEntry.MatchString(t):
				taken = append(taken, j)
				j = k
			default:
				j = len(units)
				continue
			}
			entries++
		}
		if entries < 2 {
			continue
		}
		for _, k := range append(taken, i) {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
	}
}

// glossaryTerm reports a glossary's term line: four words or fewer, no
// sentence or question.
func glossaryTerm(s string, words int) bool {
	s = strings.TrimSpace(s)
	return words >= 1 && words <= 4 && !endsSentence(s) && !strings.HasSuffix(s, "?")
}

// glossaryMeaning reports a line that can explain a term: forty words or
// fewer, no question, no reported speech.
func glossaryMeaning(u unit, words int) bool {
	t := strings.TrimSpace(u.text)
	return u.role == "" && words >= 1 && words <= 40 && !strings.HasSuffix(t, "?") && !reported(strings.ToLower(t))
}

// glossaryNext returns the index of the first kept unit at or after i, or
// len(kinds).
func glossaryNext(kinds []junk, i int) int {
	for i < len(kinds) && kinds[i] != keep {
		i++
	}
	return i
}
