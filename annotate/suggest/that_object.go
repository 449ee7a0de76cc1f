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
	for k := r.a + 1; k < r.b; k++ {
		if f.quoted(k) || clauseVerbs[f.low(k)] || f.contractedVerb(k) {
			return false
		}
		if _, cue := cueWords[f.low(k)]; cue {
			return false
		}
	}
	return true
}
