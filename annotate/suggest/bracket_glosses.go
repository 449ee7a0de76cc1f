package suggest

// Translated wires gloss a foreign word in square brackets where it
// stands: "without consulting the comuneros [community members]." When the
// gloss ends the sentence, its closing bracket belongs to the statement
// like the words it glosses, so the sentence's end keeps it instead of
// trimming it with the full stop. Only a square bracket opened after a
// word, in the same sentence and outside quotation marks, with one to six
// words inside counts; reaction marks ("[applause]") are cut before this is
// asked (reaction_tail.go), and a parenthesis is left to the other rules.

// glossClose reports whether token k is the "]" closing a bracketed gloss
// opened after a word within the sentence starting at t0.
func (f *finder) glossClose(k, t0 int) bool {
	if !f.is(k, "]") || f.quoted(k) {
		return false
	}
	for o := k - 1; o > t0 && o >= k-7; o-- {
		if f.is(o, "[") {
			return k-o-1 >= 1 && f.word(o-1) && !f.quoted(o)
		}
		if !f.word(o) {
			return false
		}
	}
	return false
}
