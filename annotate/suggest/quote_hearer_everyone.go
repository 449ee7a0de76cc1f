package suggest

// quoteHearerEveryone parses a hearer made of one indefinite pronoun
// between a tell-class cue and the quotation it opens: "Roy told everyone,
// ‘…’", "she told somebody, “…”". Such a hearer is someone the words were
// spoken to, so the quotation is the teller's, as after "told me". Only
// the pronoun itself counts (i..hi holds one word): "told everyone who
// would listen, ‘…’" carries a clause, and "told nobody" / "told no one"
// deny that the words were spoken, so neither is read as a hearer here.
func (f *finder) quoteHearerEveryone(i, hi int) (int, int, bool) {
	if i+1 != hi || !f.word(i) || f.quoted(i) {
		return 0, 0, false
	}
	if w := f.low(i); indefiniteHearers[w] && w != "nobody" {
		return i, i + 1, true
	}
	return 0, 0, false
}
