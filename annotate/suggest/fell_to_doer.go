package suggest

// fellToDoer reports whether mention c, a person named after "to" (token
// to), is the doer of an "it fell to … to" sentence ("It fell to Ann Roe,
// the member for Dunham, to state the obvious", "It was left to Ann Roe to
// …"): the person does what the infinitive says, as a subject would, so a
// "she" or "he" after it may take them, though they follow a preposition.
// "to" must come after "it fell", "it falls", "it has fallen" or "it was
// left", and an infinitive's "to" must follow the name in its sentence.
func (r *resolver) fellToDoer(c mention, to int) bool {
	f := r.f
	if !c.person || c.org || c.plural || c.pronoun || f.low(to) != "to" || !f.word(to-1) {
		return false
	}
	k := to - 1
	switch f.low(k) {
	case "fell", "falls", "fall", "fallen":
	case "left":
		if v := f.low(k - 1); v != "was" && v != "is" && v != "been" {
			return false
		}
		k--
	default:
		return false
	}
	for k--; k >= 0 && k >= to-4 && f.word(k) && auxWords[f.low(k)]; k-- {
	}
	if k < 0 || f.low(k) != "it" {
		return false
	}
	si := f.sentenceOf(c.r.a)
	for t := c.r.b; t < len(f.toks) && f.sentenceOf(t) == si; t++ {
		if f.word(t) && f.low(t) == "to" && f.word(t+1) && !isCap(f.toks[t+1].text) {
			return true
		}
	}
	return false
}
