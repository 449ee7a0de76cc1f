package suggest

// demonymPerson resolves "the Italian said" (mention i: "the" and an
// adjective of origin, not yet named) to the one person named earlier in
// its paragraph ("Ferrante said he had attacked …. “…,” the Italian
// said"), when the descriptions found no one called by that word ("the
// Italian rider Luca Ferrante") and no other person is named in the
// paragraph before it. It reports whether it did.
func (r *resolver) demonymPerson(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.plural || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || !demonym(f.toks[m.r.a+1].text) {
		return false
	}
	// an earlier "the Italian" no one was found for is the word itself,
	// nothing more
	if word := f.toks[m.r.a+1].text; m.named || m.antecedent >= 0 && r.mentions[m.antecedent].canonical != word {
		return false
	}
	para := f.toks[m.r.a].para
	found := -1
	for j := i - 1; j >= 0 && f.toks[r.mentions[j].r.a].para == para; j-- {
		c := r.mentions[j]
		if c.pronoun || !c.named || !c.person || c.org || c.canonical == "" {
			continue
		}
		if found >= 0 && r.mentions[found].canonical != c.canonical {
			return false
		}
		found = j
	}
	if found < 0 {
		return false
	}
	c := r.mentions[found]
	m.antecedent, m.canonical, m.person, m.named = found, c.canonical, true, false
	if m.gender == 0 {
		m.gender = c.gender
	}
	return true
}
