package suggest

// This file finds the subject of "… and said …" when a short adjunct of
// time or place opens the sentence before a pronoun: "In the interval she
// came over and said she felt sick", "Later he stood up and said …". The
// pronoun, not the adjunct, is who speaks.

// frontedPronounSubject returns the "he", "she" or "they" that follows a
// short opening adjunct ("In the interval", "Later") of the sentence
// starting at token t0, before token k (the "and" of the second verb), and
// a verb after it; ok is false for any other opening. An opening
// "After"/"Before"/"For" may hold a clause of its own ("After he left she
// …") and is left alone, as is an adjunct holding a verb.
func (f *finder) frontedPronounSubject(t0, k int) (int, int, bool) {
	w := f.low(t0)
	if !f.word(t0) || f.quoted(t0) || w == "after" || w == "before" || w == "for" || !adjunctPreps[w] && !timeAdverbs[w] {
		return 0, 0, false
	}
	for j := t0 + 1; j < k-1 && j <= t0+6; j++ {
		if f.quoted(j) || f.is(j, ".") || f.is(j, ";") || f.is(j, ":") {
			return 0, 0, false
		}
		if !f.word(j) {
			continue
		}
		switch lw := f.low(j); {
		case lw == "he" || lw == "she" || lw == "they":
			if f.word(j+1) && !f.quoted(j+1) {
				return j, j + 1, true
			}
			return 0, 0, false
		case pronouns[lw] || lw == "i" || lw == "we" || clauseVerbs[lw]:
			return 0, 0, false
		}
	}
	return 0, 0, false
}
