package suggest

// quotedHeading reports whether paragraph p is an entry or section heading
// set in quotation marks, as live pages and features headline a part with
// a resident's or a witness's words ("'The sea came over the wall'", then
// the entry that quotes them in full): the paragraph is one short quotation
// and nothing else, no stop, comma, question or exclamation mark stands
// before its closing mark, and a paragraph of running text follows in the
// same zone. Such a heading names what the entry is about; it is no
// floating quotation of the speaker before it. A quoted paragraph that
// ends in a stop or a comma ("“We will rebuild.”"), a long one, or one
// that ends the zone or is followed by another quotation stays a quotation.
func (f *finder) quotedHeading(p int) bool {
	if !f.wholeQuotePara(p) {
		return false
	}
	t := f.paraToks(p)
	q := f.quotes[f.toks[t.a].quote]
	if q.words < 2 || q.words > 10 || !f.word(t.b-2) || !f.word(t.a+1) || !isCap(f.toks[t.a+1].text) {
		return false // "“…”": the last word must touch the closing mark
	}
	n := p + 1
	if n >= len(f.paraZone) || f.paraZone[n] != f.paraZone[p] || f.wholeQuotePara(n) {
		return false
	}
	nt := f.paraToks(n)
	return nt.b-nt.a > 12
}
