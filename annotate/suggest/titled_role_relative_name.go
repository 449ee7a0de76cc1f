package suggest

// nameBeforeTitledRoleRelative reads a speaker's name, a role with a
// determiner and capitalised modifiers set after it between commas, and a
// relative clause before the cue ("Ashok Rao, the Green Party candidate,
// who runs a bakery on Mill Lane, said …"): the name speaks. The role's
// capitals (a party, a list's name) keep nameBeforeRoleRelative, which
// wants a lower-case role right after the comma, from reading it; the
// comma at m opens the relative clause on "who". The role opens with "the"
// or "a", ends in a lower-case noun (no function word or verb), and the words between are
// capitalised and unquoted; a name must stand right before its comma, after no
// function word ("In Mill Lane, …" is a place).
func (x *text) nameBeforeTitledRoleRelative(m, lo int) (int, int, bool) {
	if !x.is(m, ",") || x.quoted(m) || !x.word(m+1) || x.low(m+1) != "who" {
		return 0, 0, false
	}
	r := m - 1
	if !x.word(r) || x.quoted(r) || isCap(x.toks[r].text) || functionWords[x.low(r)] || clauseVerbs[x.low(r)] {
		return 0, 0, false
	}
	d := r - 1
	for d > lo && d > r-5 && x.word(d) && !x.quoted(d) && isCap(x.toks[d].text) {
		d--
	}
	if d == r-1 || d-2 < lo || (x.low(d) != "the" && x.low(d) != "a") || !x.is(d-1, ",") || x.quoted(d-1) {
		return 0, 0, false
	}
	na, nb, ok := x.speakerAt(d-2, lo)
	if !ok || pronouns[x.low(na)] || !x.nameWord(nb-1) || nb != d-1 {
		return 0, 0, false
	}
	if na > lo && x.word(na-1) && functionWords[x.low(na-1)] {
		return 0, 0, false // "In Mill Lane, the … candidate, who …": a place
	}
	return na, nb, true
}
