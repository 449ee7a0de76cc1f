package suggest

// indefiniteHearers are the pronouns a hearer of "tell" can be ("told
// nobody how bad things had become", "told everyone she was leaving").
var indefiniteHearers = words(`nobody anybody anyone everyone everybody someone somebody`)

// indefiniteHearer returns the indefinite pronoun right after a cue of
// telling, "no one" included, as its hearer.
func (f *finder) indefiniteHearer(j, end int) (int, int, bool) {
	if j+1 >= end || !f.word(j) || f.quoted(j) {
		return 0, 0, false
	}
	if indefiniteHearers[f.low(j)] {
		return j, j + 1, true
	}
	if f.low(j) == "no" && f.low(j+1) == "one" && j+2 < end {
		return j, j + 2, true
	}
	return 0, 0, false
}
