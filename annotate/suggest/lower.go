package suggest

import "strings"

// This file keeps the suggester from allocating a new string each time it
// lowers a word to look it up: a word of pure ASCII is lowered in a buffer
// on the stack, and when the lexicon knows the lowered form, the lexicon's
// own string is returned.

// lexiconWords holds every word of every lexicon made by words(), keyed by
// itself. It is written only while the package initialises.
var lexiconWords = map[string]string{}

// maxFastWord is the longest word lowered on the stack; longer ones take
// the general path.
const maxFastWord = 64

// lowerASCII returns strings.ToLower(w) with one trailing dot trimmed when
// trimDot is set, and true, for a word of at most maxFastWord ASCII
// bytes; false for any other word. It allocates only for an upper-case
// word the lexicon does not know.
func lowerASCII(w string, trimDot bool) (string, bool) {
	if len(w) > maxFastWord {
		return "", false
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		if trimDot {
			return strings.TrimSuffix(w, "."), true
		}
		return w, true
	}
	var buf [maxFastWord]byte
	n := len(w)
	for i := 0; i < n; i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if trimDot && n > 0 && buf[n-1] == '.' {
		n--
	}
	if s, ok := lexiconWords[string(buf[:n])]; ok {
		return s, true
	}
	return string(buf[:n]), true
}

// isASCII reports whether s is pure ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
