package suggest

// "He ruled that out", "She found that out on Tuesday", "The minister
// laughed that off": "that" after a cue is the object of a phrasal verb
// when a particle follows it, and no reported clause opens there. "found
// that out of 40 staff, 12 had left" keeps its clause ("out of" is a
// preposition), and so does any content with a verb after the particle.

// objectParticles are the particles that close a phrasal verb after its
// object "that".
var objectParticles = words(`out off aside`)

// thatParticle reports whether content r, after "that", opens with one of
// objectParticles not followed by "of", with no clause verb or cue to its end.
func (f *finder) thatParticle(r rng) bool {
	if !f.word(r.a) || f.quoted(r.a) || !objectParticles[f.low(r.a)] || f.low(r.a+1) == "of" {
		return false
	}
	return f.verblessTail(r.a+1, r.b)
}
