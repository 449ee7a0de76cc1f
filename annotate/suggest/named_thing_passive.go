package suggest

// This file reads a thing given a name by a passive naming verb: "the
// station's new lifeboat would be named Ada Roe when it arrives", "the
// ferry, which will be called Mary Price". The name is the boat's, not a
// person's, though it is a woman's name: a later "She used to say" must
// not take it. Only a name right after "be/been/is/was/… named|called",
// with a thing's noun (namedThingNouns) earlier in the same sentence, is
// taken off the people; "the baby was named Ada", "Ada Roe, who was named
// captain", "a man named Tom Hale" keep theirs.

// passiveNamingAux stand before "named" or "called" in a passive naming.
var passiveNamingAux = words(`be been being is was were are`)

// namedThingPassive takes named mention i off the people when it follows a
// passive naming verb whose subject, earlier in the sentence, is a thing.
func (r *resolver) namedThingPassive(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.named || m.pronoun || !m.person || m.att >= 0 {
		return
	}
	k := m.r.a - 1
	if k < 1 || !f.word(k) || (f.low(k) != "named" && f.low(k) != "called") || !f.word(k-1) || !passiveNamingAux[f.low(k-1)] {
		return
	}
	for j := k - 2; j >= 0 && !f.sentStartTok(j+1); j-- {
		if f.word(j) && namedThingNouns[f.low(j)] && !f.quoted(j) {
			m.person, m.thing = false, true
			return
		}
	}
}
