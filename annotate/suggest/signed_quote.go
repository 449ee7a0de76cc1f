package suggest

// This file reads a quotation signed on the line below it, as boxes of
// reactions print them ("What they said"): a paragraph that is one
// quotation, then a paragraph "— Name Surname, role, body". The signed
// name speaks the quotation; the role after the comma is not part of it.

// signedQuote reads sentence si when it opens a body paragraph that is a
// single quotation and the next paragraph is a spaced dash and a name of
// at least two words, ending the line or followed by a comma. It returns
// the attribution and the token after the quotation's paragraph, so that
// what the quotation reports is nested in it.
func (f *finder) signedQuote(si int) (int, int, bool) {
	s := f.sents[si]
	if f.paraZone[s.para] != "body" || f.toks[s.t0].kind != tQuote || !f.quoted(s.t0) {
		return 0, 0, false
	}
	if s.t0 > 0 && f.toks[s.t0-1].para == f.toks[s.t0].para {
		return 0, 0, false
	}
	q := f.quotes[f.toks[s.t0].quote]
	pend := f.paraEndTok(s.t0)
	if q.t0 != s.t0 || q.t1+1 != pend || pend >= len(f.toks) || !spacedDash(f.toks, pend) {
		return 0, 0, false
	}
	lend := f.paraEndTok(pend)
	n := f.nameEnd(pend+1, lend)
	if n-pend-1 < 2 || n < lend && !f.is(n, ",") || !f.hasName(rng{pend + 1, n}) {
		return 0, 0, false
	}
	i := f.add(attribution{sent: si, content: rng{q.t0, q.t1 + 1}, speaker: rng{pend + 1, n}, direct: true,
		pattern: "B", conf: 0.6, priority: prioDirect})
	return i, pend, true
}
