package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file asks about the words of a name without splitting or joining
// them (strings.Fields makes a slice a call, strings.Join a string): the
// resolver's passes over every mention ask first whether its canonical
// name has two words or ends in initials, and most do not; learn compares
// each name it learns with the ones sharing its surname or given name.

// hasTwoWords reports whether s holds at least two words, as
// len(strings.Fields(s)) >= 2.
func hasTwoWords(s string) bool {
	words, inWord := 0, false
	for _, c := range s {
		if unicode.IsSpace(c) {
			inWord = false
			continue
		}
		if !inWord {
			if words++; words == 2 {
				return true
			}
			inWord = true
		}
	}
	return false
}

// lastWord is the last of strings.Fields(s), "" when s has no word.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// joinedHasPrefix reports whether strings.Join(ws, " ") begins with
// strings.Join(prefix, " "), without joining either.
func joinedHasPrefix(ws, prefix []string) bool {
	w, p := joinedBytes{words: ws}, joinedBytes{words: prefix}
	for {
		c, ok := p.next()
		if !ok {
			return true
		}
		if d, ok := w.next(); !ok || d != c {
			return false
		}
	}
}

// joinedEqual reports whether strings.Join(a, " ") == strings.Join(b, " "),
// without joining either.
func joinedEqual(a, b []string) bool {
	return joinedLen(a) == joinedLen(b) && joinedHasPrefix(a, b)
}

// joinedLen is len(strings.Join(ws, " ")).
func joinedLen(ws []string) int {
	n := max(len(ws)-1, 0)
	for _, w := range ws {
		n += len(w)
	}
	return n
}

// joinedBytes reads the bytes of strings.Join(words, " ") one at a time.
type joinedBytes struct {
	words   []string
	w, at   int  // the word being read and the byte in it
	spacing bool // the space after word w is next
}

func (j *joinedBytes) next() (byte, bool) {
	for j.w < len(j.words) {
		if j.spacing {
			j.spacing = false
			j.w, j.at = j.w+1, 0
			return ' ', true
		}
		if word := j.words[j.w]; j.at < len(word) {
			j.at++
			return word[j.at-1], true
		}
		if j.w+1 == len(j.words) {
			break
		}
		j.spacing = true
	}
	return 0, false
}
