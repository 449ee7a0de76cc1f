package suggest

// "But internal board papers seen by the Standard show that …": a
// sentence-opening conjunction before documents that speak hides them from
// the speaker parser, which then takes the agent after "by" ("the
// Standard") for the subject of "show", and the document rules refuse it.
// The documents after the conjunction are the subject, as they are when
// the sentence opens with them.

// documentsAfterConjunction returns the document phrase between an
// opening conjunction at lo ("But", "And", "Yet", "So") and the cue
// "show" at c, when it is one the document rules accept: bare plural
// documents ("But bank records show …") or documents with who saw or
// obtained them ("And emails obtained by the paper show …").
func (f *finder) documentsAfterConjunction(c, lo int) (int, int, bool) {
	if !f.word(lo) || !openingConjunctions[f.low(lo)] || c-lo < 3 {
		return 0, 0, false
	}
	for k := lo + 1; k < c; k++ {
		if !f.word(k) || f.quoted(k) {
			return 0, 0, false
		}
	}
	r := rng{lo + 1, c}
	if !f.bareDocuments(r) && !(f.sourcedDocument(r) && f.documentHeadFirst(r)) {
		return 0, 0, false
	}
	return r.a, r.b, true
}

// documentHeadFirst reports whether the phrase r opens with a plural
// document noun, after a determiner and two modifiers at most ("the
// leaked emails obtained by …").
func (f *finder) documentHeadFirst(r rng) bool {
	k := r.a
	if isDeterminer(f.low(k)) {
		k++
	}
	for n := 0; n <= 2 && k < r.b; n, k = n+1, k+1 {
		if shownDocumentHeads[f.low(k)] {
			return true
		}
	}
	return false
}
