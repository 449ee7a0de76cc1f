package suggest

// acronymRankHeads adds to a named person the rank the text gives them as
// an abbreviation in capitals, where the other apposition rules, which
// read lower-case roles, miss it: after the name as an apposition
// ("Inspector Ravi Kumar, SHO of Civil Lines police station,") or before
// it with a bracketed posting between the rank and the name ("ACP (South)
// Meera Joshi"), as South Asian police and civil-service reports set them.
// A later "the SHO" or "The ACP" then picks the person. The apposition must
// go on with "of" or "at" (so a body's initials, "Ann Roe, BBC,", name no
// rank), and the bracket holds one to three capitalised words only.
func (r *resolver) acronymRankHeads(m *mention) {
	f := r.f
	if !m.person || !m.named || m.pronoun {
		return
	}
	if k := m.r.b; f.is(k, ",") && !f.quoted(k) && f.word(k+1) && !f.quoted(k+1) && rankAcronym(f.toks[k+1].text) &&
		(f.low(k+2) == "of" || f.low(k+2) == "at") {
		r.addHeads(m, k+1, k+2)
	}
	if k := m.r.a - 1; k > 2 && f.is(k, ")") && !f.quoted(k) {
		o := k - 1
		for o > k-4 && o > 0 && f.word(o) && !f.quoted(o) && isCap(f.toks[o].text) {
			o--
		}
		if o < k-1 && f.is(o, "(") && f.word(o-1) && !f.quoted(o-1) && rankAcronym(f.toks[o-1].text) {
			r.addHeads(m, o-1, o)
		}
	}
}

// rankAcronym reports whether w is written as an abbreviation in capitals
// only, of two to five letters, and no plural or possessive ("SHO", "ACP").
func rankAcronym(w string) bool {
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return acronym(w)
}

// rankApposedToName makes a rank in capitals set as an apposition after a
// person's name, and read as a name of its own because a capitalised place
// follows it ("Inspector Ravi Kumar, SHO of Sadar police station," giving
// "SHO of Sadar"), that person: a later "the SHO" or "He" stands for the
// officer, not for a name made of the rank and the place.
func (r *resolver) rankApposedToName(i int) {
	f := r.f
	m := &r.mentions[i]
	if i == 0 || m.pronoun || m.plural || !rankAcronym(f.toks[m.r.a].text) || f.low(m.r.a+1) != "of" && f.low(m.r.a+1) != "at" {
		return
	}
	p := r.mentions[i-1]
	if !p.named || !p.person || p.pronoun || p.canonical == "" || p.r.b != m.r.a-1 || !f.is(p.r.b, ",") {
		return
	}
	m.canonical, m.antecedent, m.named, m.person, m.org = p.canonical, i-1, true, true, false
}
