package suggest

// settlementNouns are the lower-case nouns of a place that a wire story
// sets before its name with "of" ("the spa town of Bad Sollingen", "the
// port city of Vlore"): a later "the town said" is that place speaking
// through its council.
var settlementNouns = words(`town city village port municipality borough parish commune hamlet
	district province county canton island region suburb`)

// placeOfNameHeads adds to a named mention the settlement noun of a
// description that opens it with "of" ("the spa town of Bad Sollingen",
// "the city of Norwick", "the fishing village of Port Ellis"), so "the
// town" later picks the name, not the description's words. A noun that is
// no settlement ("the mayor of Norwick", "the club of Norwick") or a
// description with no determiner before it adds nothing.
func (r *resolver) placeOfNameHeads(m *mention) {
	f := r.f
	k := m.r.a - 1
	if !m.named || k < 2 || !f.word(k) || f.low(k) != "of" || f.quoted(k) {
		return
	}
	n := k - 1
	if !f.word(n) || f.quoted(n) || isCap(f.toks[n].text) || !settlementNouns[f.low(n)] {
		return
	}
	// back over lower-case modifiers ("spa", "small fishing") to the determiner
	a := n - 1
	for a >= 0 && n-a <= 3 && f.word(a) && !f.quoted(a) && !isCap(f.toks[a].text) && !isDeterminer(f.low(a)) {
		a--
	}
	if a < 0 || !f.word(a) || !isDeterminer(f.low(a)) {
		return
	}
	r.addHeads(m, n, n+1)
}
