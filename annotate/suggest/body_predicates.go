package suggest

// predicatedBody gives a body's description ("the charity", "the trust")
// the body the text said it was, with a copula and an indefinite article
// ("The Friends of Mill Pond is registered as a charity", "Hale Rovers
// became a trust in 2019"), over a nearer body of a kind the head only
// stands for by synonym ("The Open Water Fund awards the charity …": the
// fund gives, the charity receives). A body named by the head itself
// keeps it.
func (r *resolver) predicatedBody(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.pronoun || !m.org || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" {
		return
	}
	head := f.low(m.r.a + 1)
	if !orgRoles[head] {
		return
	}
	if m.antecedent >= 0 && r.predicatedAs(r.mentions[m.antecedent], head) {
		return
	}
	if m.antecedent >= 0 && hasWord(r.mentions[m.antecedent].heads, head) {
		return // "The Harbour Charity … the charity"
	}
	found := -1
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if !c.named || c.pronoun || !r.predicatedAs(c, head) {
			continue
		}
		if found >= 0 && r.bodyName(r.mentions[found]) != r.bodyName(c) {
			return
		}
		found = j
	}
	if found >= 0 {
		m.antecedent, m.canonical = found, r.bodyName(r.mentions[found])
	}
}

// bodyName is the name of a body the text said was one ("a charity"): its
// canonical, or its words whole when they were read as a person's ("The
// Friends of Mill Pond", not "Pond").
func (r *resolver) bodyName(c mention) string {
	if !c.person {
		return c.canonical
	}
	a := c.r.a
	if isDeterminer(r.f.low(a)) {
		a++
	}
	return string(r.f.runes[r.f.toks[a].start:r.f.toks[c.r.b-1].end])
}

// predicatedAs reports a body mention c the text calls a head with a
// copula right after it: "is a charity", "is registered as a charity",
// "became a trust", "was set up as a charity".
func (r *resolver) predicatedAs(c mention, head string) bool {
	f := r.f
	k := c.r.b
	if !f.word(k) || !copulas[f.low(k)] {
		return false
	}
	k++
	for n := 0; n < 3 && f.word(k) && (f.low(k) == "registered" || f.low(k) == "set" || f.low(k) == "up" || f.low(k) == "now" || f.low(k) == "formally"); n++ {
		k++
	}
	if f.low(k) == "as" {
		k++
	}
	if f.low(k) != "a" && f.low(k) != "an" {
		return false
	}
	for e := k + 1; e < k+4 && f.word(e); e++ {
		if f.low(e) == head {
			return true
		}
	}
	return false
}

// copulas link a body to what the text says it is.
var copulas = words(`is was became becomes`)
