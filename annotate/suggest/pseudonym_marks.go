package suggest

import "unicode"

// pseudonymMark reports whether the asterisk at runes[i] marks a changed
// name, as reports by rights groups and reporters on vulnerable people set
// them ("Amal*, 34, told researchers that …", with a footnote "*Names have
// been changed"): the asterisk is glued to a capitalised word and followed
// by a space, a comma, a stop or the end of the paragraph. The tokeniser
// drops such a mark so that the word reads as the name it stands for; an
// asterisk after a lower-case word or a figure ("apply*", "£40*"), one that
// opens a word ("*Names"), or a doubled one ("Bold**") stays punctuation.
func pseudonymMark(runes []rune, i, lo, hi int) bool {
	if runes[i] != '*' || i == lo || !unicode.IsLetter(runes[i-1]) {
		return false
	}
	if i+1 < hi {
		if n := runes[i+1]; n == '*' || isWordRune(n) {
			return false
		}
	}
	w := i - 1
	for w > lo && isWordRune(runes[w-1]) {
		w--
	}
	return unicode.IsUpper(runes[w]) && i-w >= 2
}
