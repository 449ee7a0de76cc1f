package suggest

// This file ends a reported content before the writer's gloss on it, an
// appositive noun with a clause in which the speaker names the thing in
// quoted words: "said film volumes had fallen as customers moved to fibre,
// a shift she described as “cannibalisation we are happy to see”", "…, a
// move he called “overdue”". The quoted naming is a statement of its own
// (the characterising cue reads it); the gloss before it is the writer's,
// not part of the first content. trimSummaryAppositive and
// trimSummaryNounClause read a gloss only after a closing quotation mark
// and on nouns for words; this one reads any noun after plain words, but
// only when the gloss runs to the content's end, so an apposition inside
// a clause ("the driver, a man she described as “a friend”, had lied")
// stays.

// trimCharacterisedGloss cuts a content at a comma followed by "a"/"an",
// at most two more words ending in a noun, a clause subject with no
// relative word, a characterising verb ("described", "called", "dubbed")
// within three words, optional "as", and a quotation that closes the content.
func (f *finder) trimCharacterisedGloss(r rng) int {
	for k := r.a + 2; k+5 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "a" && f.low(k+1) != "an" {
			continue
		}
		for n := k + 2; n <= k+4 && n+2 < r.b; n++ {
			if !f.word(n) || f.quoted(n) {
				break
			}
			if !f.contactSubject(n + 1) {
				continue
			}
			for v := n + 2; v <= n+4 && v < r.b; v++ {
				if f.lexicons(v)&inCharacterise != 0 && !f.quoted(v) && f.quoteClosesAt(v+1, r.b) {
					return k
				}
			}
		}
	}
	return r.b
}

// quoteClosesAt reports whether a quotation opens at j (or after "as" at
// j) and its closing mark is the last token before end, bar one mark of
// punctuation.
func (f *finder) quoteClosesAt(j, end int) bool {
	if f.word(j) && f.low(j) == "as" {
		j++
	}
	if j >= end || f.toks[j].kind != tQuote || f.toks[j].quote < 0 {
		return false
	}
	q := f.quotes[f.toks[j].quote]
	return q.t0 == j && (q.t1 == end-1 || q.t1 == end-2 && f.toks[end-1].kind == tPunct)
}
