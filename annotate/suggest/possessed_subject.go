package suggest

// possessedSubject reports whether [a, k) is a short noun phrase opened by
// a possessive determiner ("her first editor", "his old coach"): the
// subject of a reported clause, which phraseAt reads as the pronoun alone.
// Its other words are lower-case and unquoted, no function word or finite
// verb among them.
func (f *finder) possessedSubject(a, k int) bool {
	if k-a < 2 || k-a > 5 || !f.word(a) || f.quoted(a) || !possessiveDeterminers[f.low(a)] {
		return false
	}
	for j := a + 1; j < k; j++ {
		w := f.low(j)
		if !f.word(j) || f.quoted(j) || isCap(f.toks[j].text) || functionWords[w] || clauseVerbs[w] || f.contractedVerb(j) {
			return false
		}
	}
	return true
}
