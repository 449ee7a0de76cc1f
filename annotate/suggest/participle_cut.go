package suggest

// cutAtParticiple ends content a before a participle frame b of the same
// speaker that opens inside it after a comma ("noted that the state had
// paid for the repairs, adding that builders had returned"): the
// participle's clause is a second statement, not the end of the first.
func (f *finder) cutAtParticiple(a, b *attribution) {
	if b.pattern != "I1p" || b.speaker != a.speaker || b.cue.empty() {
		return
	}
	k := b.cue.a - 1
	if k > a.content.a && k < a.content.b && f.is(k, ",") && !f.quoted(k) {
		a.content.b = k
	}
}
