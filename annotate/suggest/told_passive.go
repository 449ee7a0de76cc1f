package suggest

// This file reads headline-style "told" with no hearer: "Residents told
// they will not go home tonight", "Staff told it may be weeks" are passives
// with "were" left out (the residents were told), so the phrase before
// "told" heard the news rather than spoke it. Active "tell" names its hearer
// ("told reporters they …", "told him it …").

// hearerlessTold reports whether cue word cw, with no hearer found, runs
// straight into a clause opened by a subject pronoun at token j.
func (f *finder) hearerlessTold(cw cueWord, j, end int) bool {
	return cw.lemma == "tell" && j < end && f.word(j) && !f.quoted(j) && subjectPronouns[f.low(j)] && f.low(j) != "you"
}
