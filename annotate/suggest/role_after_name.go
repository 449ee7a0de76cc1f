package suggest

// roleAfterName makes a role set after a person's name that person, so a
// "he" or "she" after it stands for the named person and never for the role
// as someone else. Two shapes: a bare role between a comma and the
// sentence's end ("…,” said Mr Kulkarni, Deputy Commissioner.":
// roleClosesSentence), and a role description between commas right after
// the name ("Later, Jane Holt, the MP for Eastby, said …": roleApposed).
func (r *resolver) roleAfterName(i int) {
	m := &r.mentions[i]
	if i == 0 || m.named || m.pronoun || m.plural || !m.person || m.att >= 0 || m.canonical == "" {
		return
	}
	p := &r.mentions[i-1]
	if !p.named || !p.person || p.pronoun || !r.f.is(p.r.b, ",") {
		return
	}
	if r.roleClosesSentence(p, m) || r.roleApposed(i, p, m) {
		m.canonical, m.antecedent, m.named = p.canonical, i-1, true
	}
}

// roleClosesSentence: the role m follows the name p's comma at once and
// ends the sentence (or the text).
func (r *resolver) roleClosesSentence(p, m *mention) bool {
	f := r.f
	return p.r.b == m.r.a-1 && (f.is(m.r.b, ".") || f.is(m.r.b, ";") || m.r.b >= len(f.toks))
}

// roleApposed: the role m is a single person's description (no
// organisation or thing, the name p no plural) that follows p's comma with
// at most "the" between, and is closed by a comma not followed by "and" or
// "or" (where it could be one item of a list: "Ann Roe, the mayor, and …");
// a name that is itself an item of a list before it ("Tom Reed, Jane Holt,
// the MP …") is left alone.
func (r *resolver) roleApposed(i int, p, m *mention) bool {
	f := r.f
	if m.org || m.thing || p.plural || p.canonical == "" {
		return false
	}
	switch gap := m.r.a - p.r.b; {
	case gap == 1:
		if f.low(m.r.a) != "the" {
			return false
		}
	case gap == 2:
		if f.low(p.r.b+1) != "the" {
			return false
		}
	default:
		return false
	}
	if !f.is(m.r.b, ",") || f.quoted(m.r.b) || m.r.b+1 >= len(f.toks) {
		return false
	}
	if w := f.low(m.r.b + 1); w == "and" || w == "or" {
		return false
	}
	return !(p.r.a > 0 && f.is(p.r.a-1, ",") && i >= 2 && r.mentions[i-2].person && r.mentions[i-2].r.b == p.r.a-1)
}
