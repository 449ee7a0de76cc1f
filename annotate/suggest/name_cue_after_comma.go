package suggest

// nameThenCue reports whether a short quotation closed by a comma inside its
// marks is followed by a bare name and a speech verb that ends the frame:
// "“Not this year,” Eilir says.", "“One more boat,” Maria Costa said,
// “…”". Such a quotation is speech however few its words and whether or not
// it has a verb, as with a pronoun ("“Ask Elsie,” she says"); cueAfterComma
// only knew the pronoun. The name is one to three capitalised words that are
// no pronoun, and the verb is a saying verb (not "wrote", which also frames
// titles: "“Deep Water,” Ann Roe wrote"), followed by the sentence's end, a
// comma (after a short adjunct, "said on Monday,") or a quotation; a title-case quotation ("“Bleak House,” Dickens
// said") stays a title.
func (f *finder) nameThenCue(q quotation) bool {
	if q.title {
		return false
	}
	n := q.t1 + 1
	k := n
	for k < n+3 && f.word(k) && isCap(f.toks[k].text) && !pronouns[f.low(k)] && cueWords[f.low(k)].lemma == "" {
		k++
	}
	if k == n || !f.word(k) {
		return false
	}
	c, ok := cueWords[f.low(k)]
	if !ok || c.class != cueSay || c.base {
		return false
	}
	next := f.frameAdjunctEnd(k+1, len(f.toks))
	return next >= len(f.toks) || f.is(next, ".") || f.is(next, ",") || f.toks[next].kind == tQuote
}
