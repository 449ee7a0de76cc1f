package suggest

import "unicode"

// This file holds the Finnish and Swedish quotation mark: the same right
// double mark opens and closes (”Järvi ensin”). Which way it runs is read
// from where it sits, as for the reversed guillemets: an opening ” is glued
// to the word it opens and follows the start of the paragraph, a space, an
// opening bracket, a dash or a colon; a closing one follows a word, so
// English text, where ” only closes, never opens a quotation with it.

func init() {
	quotePairs['”'] = struct {
		closers string
		reopen  string
	}{`”`, `”`}
}

// sameMarkOpens reports whether ” at i opens a Nordic quotation.
func sameMarkOpens(runes []rune, i, lo, hi int) bool {
	if i+1 >= hi || !isWordRune(runes[i+1]) && runes[i+1] != '…' {
		return false
	}
	if i == lo {
		return true
	}
	prev := runes[i-1]
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == ':'
}
