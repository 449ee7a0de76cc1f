package suggest

// kinApposedBefore resolves a speaking kin description owned by "his" or
// "her" ("His brother says …") to the one person the text named in
// apposition to the same words earlier in its zone ("His brother, Eilir
// Venn, 68, builds …"): the writer introduced the relative by that
// description, and using it again means the same person. It leaves the
// mention when two people were named so, or when the name's gender is not
// the kin noun's.
func (r *resolver) kinApposedBefore(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.att < 0 || m.r.b-m.r.a != 2 {
		return
	}
	own, kin := f.low(m.r.a), f.low(m.r.a+1)
	if !kinRoleNouns[kin] && !spouseWords[kin] {
		return
	}
	kg := kinGender(kin)
	zone := f.paraZone[f.toks[m.r.a].para]
	found := -1
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		a := c.r.a
		if f.paraZone[f.toks[a].para] != zone || c.pronoun || !c.named || !c.person || c.org || c.plural {
			continue
		}
		if !f.is(a-1, ",") || f.low(a-2) != kin || f.low(a-3) != own || f.quoted(a-2) {
			continue
		}
		cg := c.gender
		if cg == 0 {
			cg = r.genders[c.canonical]
		}
		if kg != 0 && cg != 0 && cg != kg {
			return
		}
		if found >= 0 && r.mentions[found].canonical != c.canonical {
			return // two people named so: leave it
		}
		found = j
	}
	if found < 0 {
		return
	}
	m.canonical, m.antecedent, m.named = r.mentions[found].canonical, found, true
	if m.gender == 0 {
		m.gender = kg
	}
}
