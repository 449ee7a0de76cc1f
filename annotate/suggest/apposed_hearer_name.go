package suggest

// apposedHearerName returns the token past a name set after a hearer named
// by a common noun ("told the broadcaster Radio Tessin: «…»", "told the
// regional paper Le Nouvelliste that …"), or k itself when none follows.
// Without it the name was read as the start of the content, and the frame
// was lost. The name is up to five capitalised words (particles inside it)
// and must be followed by a colon, "that", or a comma before a quotation,
// so a name that opens the content ("told the jury Smith had lied") stays
// in it.
func (x *text) apposedHearerName(k, hi int) int {
	m := k
	for m < hi && m < k+5 && (x.nameWord(m) || m > k && x.word(m) && nameParticles[x.low(m)] && x.nameWord(m+1)) {
		m++
	}
	// the colon may be the bound itself ("told the broadcaster Radio
	// Tessin" up to the colon of its frame)
	if m == k || m >= len(x.toks) || x.quoted(m) {
		return k
	}
	if x.is(m, ":") || x.word(m) && x.low(m) == "that" || x.is(m, ",") && m+1 < len(x.toks) && x.toks[m+1].kind == tQuote {
		return m
	}
	return k
}
