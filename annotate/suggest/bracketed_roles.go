package suggest

// bracketedRoleHeads adds to a named person the role a bracket after the
// name gives in a list of members ("Present: Ann Roe (Chief Executive);
// Ida Penn (Chief Nurse)"): a later "the chief nurse" picks her by it. The
// bracket holds capitalised words only, up to its close or a comma ("(Board
// Secretary, minutes)"), and its last word is a role noun; an age, a party
// or a place in brackets names no role.
// The head is the last word, or the one before "of" or "for".
func (r *resolver) bracketedRoleHeads(m *mention) {
	f := r.f
	k := m.r.b
	if !m.person || !f.is(k, "(") || f.quoted(k) {
		return
	}
	b := k + 1
	for b < len(f.toks) && b < k+6 && f.word(b) && !f.quoted(b) &&
		(isCap(f.toks[b].text) || b > k+1 && bracketRoleLinks[f.low(b)]) {
		b++
	}
	if b == k+1 || !(f.is(b, ")") || f.is(b, ",")) {
		return
	}
	h := b - 1 // the head: the last word, or the one before "of" ("Director of Finance")
	for j := k + 2; j < b; j++ {
		if f.low(j) == "of" || f.low(j) == "for" {
			h = j - 1
			break
		}
	}
	if !roleNouns[f.low(h)] {
		return
	}
	r.addHeads(m, k+1, b)
}

// bracketRoleLinks may join the capitalised words of a bracketed role
// ("Director of Finance", "Head of Estates and Facilities").
var bracketRoleLinks = words(`of and for`)
