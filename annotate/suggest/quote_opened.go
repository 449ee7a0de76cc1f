package suggest

// quoteOpenedSentence returns the sentence of a pronoun at token k that
// follows a quotation opening its sentence ("“…,” it wrote."), so that the
// pronoun, the quotation's subject, continues the topic of the sentence
// before as an opening "It" would; -1 otherwise.
func (r *resolver) quoteOpenedSentence(k int) int {
	f := r.f
	c := k - 1
	if c < 0 || f.toks[c].kind != tQuote || !f.quoted(c) {
		return -1
	}
	qi := f.toks[c].quote
	if qi < 0 || qi >= len(f.quotes) {
		return -1
	}
	q := f.quotes[qi]
	if q.t1 != c {
		return -1
	}
	si := f.sentenceOf(q.t0)
	if si < 0 || f.sents[si].t0 != q.t0 {
		return -1
	}
	return si
}
