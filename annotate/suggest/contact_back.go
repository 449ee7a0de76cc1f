package suggest

// contactBack returns the token after the particle "back" when token i is
// that particle, set straight after a verb of sending a message ("wrote
// back last week to say …", "rang back to say …", "emailed back on Monday
// to say …"), and i otherwise. A reply is a message like any other, so its
// purpose clause "to say …" reports what it said, and the cue is the verb
// with its particle ("wrote back"). Only "back" right after the verb
// counts: "wrote from back home to say" has no reply in it and is left to
// skipAdjunctAfter.
func (f *finder) contactBack(i int) int {
	if f.word(i) && !f.quoted(i) && f.low(i) == "back" {
		if _, ok := contactVerbs[f.low(i-1)]; ok {
			return i + 1
		}
	}
	return i
}
