package suggest

// This file reads the subject of a cue in a second clause after ", and"
// or ", but" when it is a common noun that is no role word: "Two
// strangers gave him CPR, and a paramedic told me that …", "…, but the
// landlord said that …". At the start of a sentence such a subject is read
// already (commonNounPhrase); after the conjunction it was not.

// clauseConjunctions join a second clause with its own subject.
var clauseConjunctions = words(`and but`)

// coordinatedCommonSubject returns the subject of the cue at c, a
// determiner and up to three lower-case words straight after ", and" or
// ", but" (auxiliaries and a time adjunct may stand between it and the
// cue), inside the sentence from lo.
func (f *finder) coordinatedCommonSubject(c, lo int) (int, int, bool) {
	i := f.skipAdjunctBefore(c-1, lo)
	for k := i - 1; k > lo && k >= i-4; k-- {
		if !f.word(k) || f.quoted(k) {
			return 0, 0, false
		}
		if !clauseConjunctions[f.low(k)] || !f.is(k-1, ",") {
			continue
		}
		a, b, ok := f.commonNounPhrase(i, k+1)
		if !ok || a != k+1 {
			return 0, 0, false
		}
		return a, b, true
	}
	return 0, 0, false
}

// prepositionOpeners open a phrase after a cue, never a reported clause
// ("replied with “…”", "spoke about …").
var prepositionOpeners = words(`with by of for from into to at on in about over`)

// commonSubjectContent reports whether content r, after a cue whose
// subject coordinatedCommonSubject read, is a reported clause: it has a
// finite verb early on and does not open with a preposition.
func (f *finder) commonSubjectContent(r rng) bool {
	return f.clauseLike(r) && !(f.word(r.a) && prepositionOpeners[f.low(r.a)])
}
