package suggest

// This file holds a round-16 rule for a body's description speaking
// ("The company said") where the nearest body named is not the one meant.

// resolveSpokesBodies gives a body's description speaking ("The company
// said …") the body a spokesperson spoke for just before it in the same
// paragraph ("A spokesperson for Greyfell Wind said …. The company said
// …"), when the description's head is not a word of the body it was
// resolved to.
func (r *resolver) resolveSpokesBodies() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || m.pronoun || m.named || !r.bodyDescription(m) {
			continue
		}
		head := f.low(m.r.a + 1)
		if m.antecedent >= 0 && r.calledBy(m.antecedent, head) {
			continue
		}
		para := f.toks[m.r.a].para
		for j := i - 1; j >= 0 && f.toks[r.mentions[j].r.a].para == para; j-- {
			c := r.mentions[j]
			if c.att < 0 || !spokesRoles[f.low(c.r.a+1)] && !spokesRoles[f.low(c.r.a)] {
				continue
			}
			if body := r.spokenFor(c); body != "" {
				m.antecedent, m.canonical, m.org, m.person = j, body, true, false
			}
			break
		}
	}
}

// bodyDescription reports "the" and a body's noun ("the company", "the
// coastguard").
func (r *resolver) bodyDescription(m *mention) bool {
	f := r.f
	return m.r.b-m.r.a == 2 && f.low(m.r.a) == "the" && orgRoles[f.low(m.r.a+1)]
}

// spokenFor is the body after "for" in a spokesperson's mention c ("A
// spokesperson for Greyfell Wind" → "Greyfell Wind"), without "the", or "".
func (r *resolver) spokenFor(c mention) string {
	f := r.f
	for k := c.r.a; k < c.r.b-1; k++ {
		if f.low(k) != "for" {
			continue
		}
		a := k + 1
		if f.low(a) == "the" {
			a++
		}
		if a >= c.r.b {
			return ""
		}
		return string(f.runes[f.toks[a].start:f.toks[c.r.b-1].end])
	}
	return ""
}
