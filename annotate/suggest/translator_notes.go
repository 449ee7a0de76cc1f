package suggest

// Translated wires mark words given in translation with a bracketed note
// after the quotation or at the end of the sentence: "“Today the land
// comes back …” (translated), the leader told reporters", "“…,”
// (translated) Berrocal said", "Ortúzar said that was “a matter for the
// courts” (translated)." The note is the translator's, not the speaker's:
// a frame after the quotation is read past it, and a statement ending at
// the sentence's end stops before it. Only a note whose first word says
// it is a translation counts; "(in Spanish)", "(AGS)" or "(pictured)" are
// no notes here.

// translatorNoteWords open a translator's note.
var translatorNoteWords = words(`translated translation trans`)

// translatorNoteEnd returns the token after a translator's note opening at
// k ("(translated)", "(translated from Spanish)", "[translation]"), or k
// when none opens there.
func (f *finder) translatorNoteEnd(k int) int {
	if k+2 >= len(f.toks) || !(f.is(k, "(") || f.is(k, "[")) || f.quoted(k) || !translatorNoteWords[f.low(k+1)] {
		return k
	}
	closer := ")"
	if f.is(k, "[") {
		closer = "]"
	}
	for e := k + 2; e < len(f.toks) && e <= k+6 && f.toks[e].para == f.toks[k].para; e++ {
		if f.is(e, closer) {
			return e + 1
		}
		if !f.word(e) && !f.is(e, ".") {
			return k
		}
	}
	return k
}

// translatorTail returns the end of sentence tokens [t0, e) without a
// translator's note closing it (and the punctuation after the note).
func (f *finder) translatorTail(t0, e int) int {
	k := e
	for k > t0 && f.toks[k-1].kind == tPunct && !f.quoted(k-1) && (f.is(k-1, ".") || f.is(k-1, ",")) {
		k--
	}
	for o := k - 3; o >= t0 && o >= k-7; o-- {
		if f.translatorNoteEnd(o) == k {
			return o
		}
	}
	return e
}
