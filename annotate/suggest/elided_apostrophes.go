package suggest

import "unicode"

// This file holds the apostrophes of elided letters that British house
// style prints with the same mark as its single closing quotation mark:
// "rock ’n’ roll", "at two in the mornin’ it’s". Inside a quotation opened
// with ‘ such a mark before a lower-case word is no closer while a closing
// mark follows later in the paragraph, as for a plural possessive.

// elidedApostrophe reports whether the single mark at j closes an elided
// word rather than a quotation: the second mark of "’n’", or a dropped g
// ("mornin’", "nothin’"), followed by a space and a lower-case word.
func elidedApostrophe(runes []rune, j, hi int) bool {
	if j < 2 || j+2 >= hi || runes[j+1] != ' ' || !unicode.IsLower(runes[j+2]) {
		return false
	}
	prev, before := runes[j-1], runes[j-2]
	if prev == 'n' && (before == '’' || before == '\'') {
		return j < 3 || unicode.IsSpace(runes[j-3]) // " ’n’ "
	}
	return prev == 'n' && before == 'i' && j >= 3 && unicode.IsLetter(runes[j-3])
}
