package suggest

// This file reads the passive frame of a relayed quotation: "«…,» the
// minister was quoted as saying", the form wire and translated stories use
// when the words reach them through another outlet. The quoted person is
// the subject and speaks; "was quoted as saying" is the whole cue. The
// finite-verb cues never saw it, as its only reporting word is a
// participle after "as", and "was quoted" alone ("the report was quoted in
// parliament") reports no speech.

// quotedAsAuxiliaries are the forms of "be" that open the passive frame.
var quotedAsAuxiliaries = words(`was were is are been`)

// quotedAsSaying reports whether token c is "quoted" in "was quoted as
// saying" (or "is", "were", "has been" …) outside any quotation, and
// returns the cue, from the auxiliary to "saying".
func (f *finder) quotedAsSaying(c int) (rng, bool) {
	if !f.word(c) || f.quoted(c) || f.low(c) != "quoted" || f.low(c+1) != "as" || f.low(c+2) != "saying" ||
		!f.word(c-1) || f.quoted(c-1) || !quotedAsAuxiliaries[f.low(c-1)] {
		return rng{}, false
	}
	a := c - 1
	if f.low(a) == "been" && f.word(a-1) && (f.low(a-1) == "has" || f.low(a-1) == "have" || f.low(a-1) == "had") {
		a-- // "has been quoted as saying"
	}
	return rng{a, c + 3}, true
}

// quotedAsAfterQuote matches D2 with the passive frame after a quotation,
// from token j: "«…,» the minister was quoted as saying." The speaker is the
// phrase from j up to the auxiliary.
func (f *finder) quotedAsAfterQuote(a *attribution, j, end int) bool {
	for c := j + 1; c < end && c < j+12; c++ {
		if f.quoted(c) || f.is(c, ".") && !f.abbrevDot(c) || f.is(c, ";") {
			return false
		}
		cue, ok := f.quotedAsSaying(c)
		if !ok {
			continue
		}
		sa, sb, ok := f.speakerBefore(cue.a, j)
		if !ok || sa != j && !f.appositionFrom(j, sa) {
			return false
		}
		a.speaker, a.cue, a.cueLemma = rng{sa, sb}, cue, "say"
		a.pattern, a.conf = "D2", 0.85
		return true
	}
	return false
}
