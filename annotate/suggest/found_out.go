package suggest

// This file keeps "find out" from reading as a cue: "People found out
// their ward was closing from a slide", "staff find out on the day". The
// lexicon takes "found" as a finding reported ("the review found that
// …"), but with the particle "out" the verb means learning: the subject
// came to know something and said nothing, so what follows is no
// statement of theirs.

// foundOut reports whether the cue word cw at token i is a form of "find"
// with the particle "out" right after it.
func (x *text) foundOut(i int, cw cueWord) bool {
	return cw.lemma == "find" && x.word(i+1) && !x.quoted(i+1) && x.toks[i+1].low == "out"
}
