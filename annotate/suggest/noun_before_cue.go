package suggest

// This file keeps a noun that is also a cue verb from being read as the
// cue when a finite cue verb follows it: "The budget report said …", "The
// audit reports found …". Two reporting verbs in a row make no clause, so
// the first is the head of the speaker phrase (a document or a body) and
// the second is the cue; without this, "report" became the cue, "The
// budget" the speaker and "said …" the content. A base form before a base
// form ("they report say") is no such pair, and a cue with any word between
// it and the next verb ("report that officials said") is read as before.

// nounBeforeCue reports whether cue word i, a base form or an "-s" form,
// stands right before a finite (non-base) cue verb outside quotations.
func (x *text) nounBeforeCue(i int, cw cueWord) bool {
	if !cw.base && !hasSSuffix(x.low(i)) {
		return false
	}
	if i+1 >= len(x.toks) || !x.word(i+1) || x.quoted(i+1) {
		return false
	}
	next, ok := x.cueWordAt(i + 1)
	return ok && !next.base
}

// hasSSuffix reports whether w ends in "s" (a plural noun or a third-person
// verb).
func hasSSuffix(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 's'
}
