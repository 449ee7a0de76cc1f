package suggest

// skipInitialsBefore steps back over a body's initials in brackets ending
// at token i ("The Harbour Workers Union (HWU), which represents …, said"),
// to the name before them; otherwise it returns i.
func (x *text) skipInitialsBefore(i, lo int) int {
	if i-3 >= lo && x.is(i, ")") && x.is(i-2, "(") && x.word(i-1) && acronym(x.toks[i-1].text) {
		return i - 3
	}
	return i
}

// handleMark reports whether token i is the "@" or "#" glued to the word
// after it, a social-media handle inside a relative clause ("A user who
// goes by @harbourgran said …").
func (x *text) handleMark(i int) bool {
	return (x.is(i, "@") || x.is(i, "#")) && x.word(i+1) && x.glued(i+1)
}
