package suggest

// apposedInnerSpeaker reports whether the speaker of attribution b, inside
// a's content after the comma at k, is a name in apposition to the subject
// that opens a's content ("She writes that the health secretary, Tom Vale,
// told MPs …"): the comma then ends no content, b is nested in a. The
// words before the comma must be one noun phrase opening the content, and
// b's cue must follow its name and the closing comma. A possessive
// determiner may open the phrase ("her first editor, Joss Mill, had once
// told her …").
func (f *finder) apposedInnerSpeaker(a, b *attribution, k int) bool {
	if !f.is(k, ",") || !f.is(b.speaker.b, ",") || b.cue.a != b.speaker.b+1 || !f.word(b.speaker.a) || !isCap(f.toks[b.speaker.a].text) {
		return false
	}
	if f.possessedSubject(a.content.a, k) {
		return true // "her first editor, Joss Mill, had told her …"
	}
	if f.roleComplementSubject(a.content.a, k) {
		return true // "the minister for health, Tom Vale, had told MPs …"
	}
	pa, pb, ok := f.phraseAt(a.content.a, k)
	return ok && pa == a.content.a && pb == k && isDeterminer(f.low(pa))
}
