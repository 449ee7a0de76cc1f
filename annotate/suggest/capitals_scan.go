package suggest

import (
	"unicode"
	"unicode/utf8"
)

// This file finds a name's capitals in one pass over it, where capitalsOf
// split it into words and each word at its hyphens, a slice for each.

// capitalsScan is capitalsOf(name): the capital opening each part of
// name, its words (split at spaces) split at hyphens.
func capitalsScan(name string) string {
	var buf [16]byte
	out := buf[:0]
	opens := true // the next rune opens a part
	for _, c := range name {
		if c == '-' || unicode.IsSpace(c) {
			opens = true
			continue
		}
		if opens && unicode.IsUpper(c) {
			out = utf8.AppendRune(out, c)
		}
		opens = false
	}
	return string(out)
}
