package suggest

// fieldTitleStart extends a speaker phrase whose core is a name starting at
// token start back over a title that names its field in lower case before
// it ("Director of football Gareth Penrose", "Head of public health Dr Ruth
// Marr", "Chief of staff Ana Holm"): one to three lower-case words of the
// field, "of" or "for", and a role noun; it returns the title's first token,
// or start when there is none. A field that is itself a person's role ("the
// daughter of farmer Tom Reed") is whose relative speaks, not a title.
func (x *text) fieldTitleStart(start, lo int) int {
	if !x.nameWord(start) {
		return start
	}
	k := start - 1
	n := 0
	for k >= lo && n < 3 && x.word(k) && !x.quoted(k) && !isCap(x.toks[k].text) && modifier(x.toks[k]) {
		w := x.low(k)
		if phraseLinks[w] || (roleNouns[w] || agentNoun(w) || kinGender(w) != 0) && !collectiveNouns[w] {
			return start
		}
		k--
		n++
	}
	if n == 0 || k-1 < lo || !x.word(k) || x.quoted(k) || x.low(k) != "of" && x.low(k) != "for" {
		return start
	}
	role := x.low(k - 1)
	if !x.word(k-1) || x.quoted(k-1) || !roleNouns[role] && !titleWords[role] || orgRoles[role] {
		return start
	}
	a, r, ok := x.coreBefore(k-1, lo)
	if !ok || !r {
		return start
	}
	return a
}
