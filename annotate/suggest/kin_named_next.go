package suggest

// kinNamedNext resolves a speaking kin description owned by "her", "his"
// or "their" that no one was named for ("Her elder sister, 25, said …")
// to the person named as the speaker closing a quotation in the next
// sentence of the same paragraph ("“…,” Nora Vance said."): the text
// gives the name right after the description. It reports whether it did.
func (r *resolver) kinNamedNext(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.att < 0 || m.r.b-m.r.a < 2 || m.r.b-m.r.a > 3 {
		return false
	}
	if o := f.low(m.r.a); o != "her" && o != "his" && o != "their" {
		return false
	}
	head := f.low(m.r.b - 1)
	if !kinRoleNouns[head] && !spouseWords[head] {
		return false
	}
	si := f.sentenceOf(m.r.a)
	if si+1 >= len(f.sents) || f.sents[si+1].para != f.toks[m.r.a].para {
		return false
	}
	next := f.sents[si+1]
	kg := kinGender(head)
	for j := i + 1; j < len(r.mentions); j++ {
		c := r.mentions[j]
		if c.r.a >= next.t1 {
			break
		}
		if c.r.a < next.t0 || c.att < 0 || c.pronoun || !c.named || !c.person || c.org || c.plural || c.r.b-c.r.a < 2 {
			continue
		}
		a := f.atts[c.att]
		// the name closes a quotation: it comes after the words it speaks
		if !a.direct || a.content.empty() || a.content.b > c.r.a || a.content.a < next.t0 {
			continue
		}
		cg := c.gender
		if cg == 0 {
			cg = r.genders[c.canonical]
		}
		if kg != 0 && cg != 0 && cg != kg {
			return false
		}
		m.canonical, m.named, m.person = c.canonical, true, true
		if m.gender == 0 {
			m.gender = cg
		}
		return true
	}
	return false
}
