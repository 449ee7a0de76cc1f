package suggest

// theNamed reports whether mention c is a name the text writes after "the"
// ("studied the Lenn", "the River Lenn"): a river, a building or a ship,
// no person a "he" or "she" may take. A name with a title ("the Rev Ann
// Hale") stays a person; so does a speaker.
func (r *resolver) theNamed(c mention) bool {
	f := r.f
	if c.pronoun || !c.named || c.att >= 0 {
		return false
	}
	a := c.r.a
	if f.low(a) == "the" {
		a++
	} else if f.low(a-1) != "the" {
		return false
	}
	if a >= c.r.b || !f.word(a) || !isCap(f.toks[a].text) {
		return false
	}
	return !hasTitle(f.phraseWords(rng{a: a, b: c.r.b}))
}
