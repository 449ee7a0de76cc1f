package suggest

// This file reads "goes on" and "went on" closing a quotation's frame as a
// cue: "“…,” Tomas goes on, when the talk turns …", "“…,” he went on."
// A profile carries a speaker's talk over several quotations with it, as
// "he adds" does. Only "on" ending the clause (a comma, full stop or
// colon after it) makes the cue: "went on holiday", "goes on trial" and
// "went on to win" are no speech.
// goOnForms are the forms of "go" that "go on" is read after.
var goOnForms = words(`go goes went`)

// goOnCueAt is the cue "go on" at token i, when it ends its clause there.
// It stays out of cueWords, which many rules scan for any cue word in a
// frame ("who went off with an injury" is none).
func (x *text) goOnCueAt(i int) (cueWord, bool) {
	if !x.word(i) || x.lexicons(i)&inGoOnForms == 0 || !x.goOnCue(i) { // the token's lexicons, known once a token: cueAt asks this of every word
		return cueWord{}, false
	}
	return cueWord{lemma: goOnLemma, class: cueSay}, true
}

// goOnLemma is the cue lemma of "go on".
const goOnLemma = "go on"

// goOnCue reports whether token i, a form of "go", is "go on" ending its
// clause.
func (x *text) goOnCue(i int) bool {
	if !x.word(i+1) || x.low(i+1) != "on" || x.quoted(i+1) {
		return false
	}
	return i+2 >= len(x.toks) || x.is(i+2, ",") || x.is(i+2, ".") || x.is(i+2, ":")
}
