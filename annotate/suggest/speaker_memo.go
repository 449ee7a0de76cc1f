package suggest

// This file spares the scanner a speaker search it has just made: for a
// cue, the postposed reading ("…, the mayor said") and then the preposed
// one ("The mayor said …") ask for the speaker before the same token
// from the same sentence start, one after the other; on the benchmark's
// articles four questions in ten repeat the one before.

// speakerMemo is speakerBefore's last question and answer.
type speakerMemo struct {
	set          bool
	c, lo, inner int // the question: the cue, the sentence start, x.inner
	a, b         int
	ok           bool
}

// speakerBefore is findSpeakerBefore(c, lo), asked again only when the
// question differs from the last one: the answer depends on the text and
// the quotation read from inside (x.inner) alone.
func (x *text) speakerBefore(c, lo int) (int, int, bool) {
	m := &x.lastSpeaker
	if m.set && m.c == c && m.lo == lo && m.inner == x.inner {
		return m.a, m.b, m.ok
	}
	a, b, ok := x.findSpeakerBefore(c, lo)
	*m = speakerMemo{set: true, c: c, lo: lo, inner: x.inner, a: a, b: b, ok: ok}
	return a, b, ok
}
