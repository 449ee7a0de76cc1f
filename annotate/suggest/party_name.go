package suggest

import "strings"

// partyName names a party described around its name with a lower-case
// "party": "The opposition National Renewal party said" speaks as
// "National Renewal". Only lower-case words may stand before the name;
// a capitalised "Party" is part of the name and stays, and a bare "the
// party" or an owner's party ("Mr Hale's party") is left alone.
func (r *resolver) partyName(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.r.b-m.r.a < 2 || f.toks[m.r.b-1].text != "party" {
		return
	}
	e := m.r.b - 1
	s := e
	for s > m.r.a && f.word(s-1) && isCap(f.toks[s-1].text) && !possessiveWord(f.toks[s-1].text) {
		s--
	}
	if s == e || possessiveWord(f.toks[e-1].text) {
		return
	}
	for k := m.r.a; k < s; k++ {
		if !f.word(k) || isCap(f.toks[k].text) && !(k == m.r.a && isDeterminer(f.low(k))) {
			return
		}
	}
	if functionWords[f.low(s)] || isDeterminer(f.low(s)) {
		s++ // "The National Renewal party": the sentence's capital
	}
	if s >= e {
		return
	}
	m.canonical = strings.Join(f.phraseWords(rng{s, e}), " ")
	m.named, m.org, m.person = true, true, false
}
