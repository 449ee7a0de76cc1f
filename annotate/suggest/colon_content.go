package suggest

// contentBeforeColon reports whether the subject of "S …: “…”" (speaker
// a.speaker) is followed by a cue and a content clause before the colon
// ("Dr Ana Vole told me the usual fault was obvious: “…”"): the clause and
// the quotation are then one reported statement, which the indirect
// patterns read, not a bare quotation handed over by its subject. A cue
// followed only by an addressee, a place or a time ("said: “…”", "wrote
// on her channel: “…”") holds no clause.
func (f *finder) contentBeforeColon(a attribution, t0, colon int) bool {
	for c := a.speaker.b; c < colon && c < a.speaker.b+8; c++ {
		if f.quoted(c) {
			return false
		}
		cw, ok, inf := f.cueAt(c, t0)
		if !ok || inf || f.usedCue[c] || cw.class == cueDemand {
			continue
		}
		k := c + 1
		if cw.class == cueTell && objectPronouns[f.low(k)] {
			k++ // "told me"
		}
		if f.low(k) == "that" {
			k++
		}
		if f.wordsIn(rng{k, colon}) < 3 {
			return false
		}
		for j := k + 1; j < colon; j++ {
			if f.quoted(j) || f.is(j, ";") {
				return false
			}
			if f.word(j) && clauseVerbs[f.low(j)] {
				return true
			}
		}
		return false
	}
	return false
}
