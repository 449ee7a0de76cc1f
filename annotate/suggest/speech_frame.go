package suggest

// This file reads a speech write-up's framing paragraph: a paragraph that
// names a part of the last speaker's speech and ends on a colon ("Her
// closing passage, delivered without notes, brought the hall to its
// feet:"), with the quoted paragraph it introduces after it. The framing
// holds no cue, so the quotation goes on with the last speaker, as after
// narration about her.

// speechParts name a part of what someone said, after "her" or "his".
var speechParts = words(`passage speech address answer reply message words remarks conclusion peroration`)

// speechFrame reports whether the paragraph just before token t0 opens
// with "his" or "her" and a part of a speech within its first three words,
// ends on a colon and holds no quotation and no statement's cue ("delivered"
// may describe the passage).
func (f *finder) speechFrame(t0 int) bool {
	if t0 < 2 || !f.is(t0-1, ":") || f.toks[t0-1].para != f.toks[t0].para-1 {
		return false
	}
	p0 := f.paraStart(t0 - 1)
	if low := f.low(p0); low != "her" && low != "his" {
		return false
	}
	part := false
	for k := p0 + 1; k < p0+4 && k < t0; k++ {
		part = part || f.word(k) && speechParts[f.low(k)]
	}
	if !part {
		return false
	}
	for k := p0; k < t0; k++ {
		if f.toks[k].quote >= 0 || f.usedCue[k] {
			return false // "Her answer to the man who shouted “…”:", or a framed statement
		}
	}
	return true
}
