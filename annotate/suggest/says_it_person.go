package suggest

// ownedByPerson reports whether a content that opens with "it" names a
// person's own thing with "his" or "her" further on ("Kellaway says it
// has taken half of his fruit"): the "it" is something that befell the
// speaker, not the speaker speaking of itself as a body would ("Calder
// Straits said it was let down", "… it had lost its licence").
func (x *text) ownedByPerson(r rng) bool {
	for k := r.a + 1; k < r.b && k < r.a+16; k++ {
		if x.quoted(k) || x.is(k, ";") {
			return false
		}
		if w := x.low(k); w == "his" || w == "her" {
			return true
		}
	}
	return false
}
