package suggest

// roleOfBodyAfterName gives a speaker that is a bare role of a named body,
// set in apposition right after a person's name ("Councillor Ann Roe,
// leader of Brackley Borough Council, which pays half, said …"), to that
// person. Without a determiner the description reads as the body's name,
// and the body then took the words; but a role noun before "of" and a
// name names the one who holds the role, and the name before the comma
// is who holds it.
func (r *resolver) roleOfBodyAfterName(i int) {
	f := r.f
	m := &r.mentions[i]
	if i == 0 || m.att < 0 || m.pronoun || m.plural {
		return
	}
	a := m.r.a
	if !f.word(a) || isCap(f.toks[a].text) || f.low(a+1) != "of" || !f.word(a+2) || !isCap(f.toks[a+2].text) {
		return
	}
	if w := f.low(a); !(roleNouns[w] || agentNoun(w)) || orgRoles[w] {
		return
	}
	if !f.is(a-1, ",") || f.quoted(a-1) {
		return
	}
	for j := i - 1; j >= 0; j-- {
		p := r.mentions[j]
		if p.r.b < a-1 {
			return
		}
		if p.r.b != a-1 {
			continue
		}
		if !p.named || !p.person || p.pronoun || p.org || p.plural || p.canonical == "" {
			return
		}
		m.canonical, m.antecedent = p.canonical, j
		m.named, m.person, m.org = true, true, false
		if m.gender == 0 {
			m.gender = p.gender
		}
		return
	}
}
