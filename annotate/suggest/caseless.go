package suggest

import (
	"unicode"
	"unicode/utf8"
)

// This file lets words with curly apostrophes, dashes and other runes
// without a case ("Farmers’", "port’s") take the ASCII way of lowering:
// news text is full of them, and strings.ToLower would build each one
// anew.

// caselessRuneAt is the size of the rune starting at byte i of s when that
// rune is valid UTF-8 and is its own lower case (unicode.ToLower leaves it
// as it is), 0 otherwise.
func caselessRuneAt(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
		return 0
	}
	return size
}

// asciiLowerSuffices reports whether lowering the ASCII letters of s alone
// gives strings.ToLower(s): s is valid UTF-8 and no rune beyond ASCII
// changes when lowered.
func asciiLowerSuffices(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		size := caselessRuneAt(s, i)
		if size == 0 {
			return false
		}
		i += size - 1
	}
	return true
}
