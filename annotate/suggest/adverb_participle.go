package suggest

// adverbThenParticiple reports whether the words after a cue, from token
// j, are one adverb, a comma and a participle of saying ("replied once,
// saying our concerns had been “noted”", "wrote back later, adding that
// …"): what was said is the participle's content, and the cue has none.
func (f *finder) adverbThenParticiple(j, end int) bool {
	if j+2 >= end || !f.word(j) || f.quoted(j) || isCap(f.toks[j].text) || !f.is(j+1, ",") || f.quoted(j+1) {
		return false
	}
	_, ok := participles[f.low(j+2)]
	return ok
}

// participleCoordinatedSubject returns the subject of the nearest cue
// before a participle at c when that cue opens a second clause with a
// common noun after ", and" ("…, and a county officer replied once,
// saying …"): the participle goes on with that clause, not with the
// sentence's first subject.
func (f *finder) participleCoordinatedSubject(c, lo int) (int, int, bool) {
	for k := c - 1; k > lo && k >= c-6; k-- {
		if f.quoted(k) {
			return 0, 0, false
		}
		if _, ok, inf := f.cueAt(k, lo); ok && !inf {
			return f.coordinatedCommonSubject(k, lo)
		}
	}
	return 0, 0, false
}
