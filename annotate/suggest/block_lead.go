package suggest

// This file lets a block of unquoted paragraphs under a colon frame open
// with a paragraph in the third person, as a family's tribute does
// ("In a statement, they said:" then "Sam was the kindest …" then "We
// cannot believe …"): the opening paragraph belongs to the block when the
// paragraph right after it is one in the speaker's own voice.

// leadsBlock reports whether body paragraph p, with no quotation mark and
// no label of its own, is followed by a block paragraph in the first
// person.
func (f *finder) leadsBlock(p int) bool {
	if p+1 >= len(f.paraZone) || f.paraZone[p] != "body" || !f.blockParagraph(p+1) {
		return false
	}
	first := f.paraFirstToken(p)
	if first < 0 {
		return false
	}
	for k := first; k < len(f.toks) && f.toks[k].para == p; k++ {
		if f.toks[k].kind == tQuote || f.toks[k].quote >= 0 || k < first+5 && f.is(k, ":") {
			return false
		}
	}
	return true
}
