package suggest

// This file ends a reported content at a semicolon that opens a request to
// the reader ("says helpers are still wanted for the fair; please add your
// name at the door"): the writer's own call to act, not the speaker's
// words. A clause after a semicolon that states something ("…; the rest
// are not") stays in the content.

// trimSemicolonRequest cuts a content before an unquoted semicolon
// followed by "please".
func (f *finder) trimSemicolonRequest(r rng) int {
	for k := r.a + 2; k+1 < r.b; k++ {
		if f.is(k, ";") && !f.quoted(k) && f.low(k+1) == "please" && !f.quoted(k+1) {
			return k
		}
	}
	return r.b
}
