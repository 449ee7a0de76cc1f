package suggest

// roleApposedAfterName makes a role description set between commas right
// after a person's name ("Later, Jane Holt, the MP for Eastby, said …";
// "Ann Roe, the mayor of Brackley, told …") that person, as roleAfterName
// does for a role closing the sentence: the apposition only describes the
// name, so a "she" or "he" after it stands for the named person and never
// for the role as someone else. The role must be a single person's
// description (no pronoun, no plural), follow the name's comma with at most
// "the" between, and be closed by a comma not followed by "and" or "or"
// (where it could be one item of a list: "Ann Roe, the mayor, and …");
// a name that is itself an item of a list before it is left alone.
func (r *resolver) roleApposedAfterName(i int) {
	f := r.f
	m := &r.mentions[i]
	if i == 0 || m.named || m.pronoun || m.plural || m.org || m.thing || !m.person || m.att >= 0 || m.canonical == "" {
		return
	}
	p := r.mentions[i-1]
	if !p.named || !p.person || p.pronoun || p.plural || p.canonical == "" || !f.is(p.r.b, ",") {
		return
	}
	switch gap := m.r.a - p.r.b; {
	case gap == 1:
		if f.low(m.r.a) != "the" {
			return
		}
	case gap == 2:
		if f.low(p.r.b+1) != "the" {
			return
		}
	default:
		return
	}
	if !f.is(m.r.b, ",") || f.quoted(m.r.b) || m.r.b+1 >= len(f.toks) {
		return
	}
	if w := f.low(m.r.b + 1); w == "and" || w == "or" {
		return
	}
	// "Tom Reed, Jane Holt, the MP …": the name is one of a list
	if p.r.a > 0 && f.is(p.r.a-1, ",") && i >= 2 && r.mentions[i-2].person && r.mentions[i-2].r.b == p.r.a-1 {
		return
	}
	m.canonical, m.antecedent, m.named = p.canonical, i-1, true
}
