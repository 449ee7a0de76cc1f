package suggest

// frontedMediumHolds reports whether the statement a was made through the
// noun head named in an adjunct that opens its sentence before the
// speaker: "In a statement read to the court by the prosecutor, the
// victim's mother, Ann Vale, said …", "In a joint statement on Monday,
// the two clubs said …". A later "the statement said" is then hers, as
// after "said in a statement". The adjunct must open the sentence with
// "In", a determiner and the noun (one lower-case modifier may stand
// between), and close with a comma before the speaker; a noun that only
// follows the speaker or the cue, or another medium's noun, does not count.
func (r *resolver) frontedMediumHolds(a attribution, head string) bool {
	f := r.f
	if a.sent < 0 || a.sent >= len(f.sents) || a.speaker.empty() || a.cue.empty() || a.cue.a < a.speaker.b {
		return false
	}
	t0 := f.sents[a.sent].t0
	if !f.word(t0) || f.quoted(t0) || f.low(t0) != "in" || !f.word(t0+1) || !isDeterminer(f.low(t0+1)) {
		return false
	}
	n := t0 + 2
	if f.word(n) && f.low(n) != head && !isCap(f.toks[n].text) {
		n++ // "In a joint statement"
	}
	if !f.word(n) || f.quoted(n) || f.low(n) != head || n >= a.speaker.a {
		return false
	}
	for k := n + 1; k < a.speaker.a; k++ {
		if f.is(k, ",") && !f.quoted(k) {
			return true
		}
	}
	return false
}
