package suggest

// "“He said that at 35 as well,” she smiled": "that" after a cue is the
// object (what was said before), not the opening of a reported clause,
// when what follows is only a prepositional phrase with no verb to the
// end ("at 35 as well", "in 2019 too"); "said that at 35 he would stop"
// keeps its clause.
func (f *finder) thatObject(r rng) bool {
	if !f.word(r.a) || f.quoted(r.a) || !contentPreps[f.low(r.a)] {
		return false
	}
	return f.verblessTail(r.a+1, r.b) && !f.thatFrontedClause(r)
}

// verblessTail reports whether tokens a up to b hold no quoted token, no
// clause verb and no cue word: a "that" before them is an object, not the
// opening of a clause (thatObject, thatParticle).
func (f *finder) verblessTail(a, b int) bool {
	for k := a; k < b; k++ {
		if f.quoted(k) || clauseVerbs[f.low(k)] || f.contractedVerb(k) {
			return false
		}
		if _, cue := cueWords[f.low(k)]; cue {
			return false
		}
	}
	return true
}
