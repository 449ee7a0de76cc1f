package suggest

// Parliamentary and official reports name an office and put its holder in
// brackets after it: "The Minister for Housing (Ada Vane) told the House
// …", "the member for Eastfield (Tom Hale) said". The holder speaks. A name
// in brackets after a person's own name is a seat or a party ("Tom Hale
// (Eastfield) said"), never the speaker.

// holderInBrackets reads, for the closing bracket at token i, the holder of
// an office named in brackets before it: two to four capitalised words
// after an office opened by "the". It returns the holder's name.
func (x *text) holderInBrackets(i, lo int) (int, int, bool) {
	if !x.is(i, ")") || x.quoted(i) {
		return 0, 0, false
	}
	open := i - 1
	for open > lo && open >= i-5 && x.word(open) && isCap(x.toks[open].text) && !acronym(x.toks[open].text) {
		open--
	}
	if n := i - open - 1; n < 2 || n > 4 || !x.is(open, "(") {
		return 0, 0, false
	}
	a, _, ok := x.speakerAt(open-1, lo)
	if !ok || x.low(a) != "the" || pronouns[x.low(a)] {
		return 0, 0, false
	}
	return open + 1, i, true
}
