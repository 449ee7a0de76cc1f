package suggest

// This file keeps a which-clause at the end of a reported content when its
// verb is a past perfect: "told me that the fault began with an update to
// the signalling on 2 March, which had not been tested against the
// timetable", "said the leak came from a valve, which had been replaced a
// month earlier", "said it would mean closing the road, which the council
// had refused". The past perfect is the backshift of reported speech: it
// places the clause in the speaker's account, behind the reported event,
// so the clause goes on with what was said. The writer's aside on the
// words follows the quotation itself and speaks from the writer's time
// ("…”, which drew laughter", "…”, which has since been deleted", "…”,
// which was harsh"): a which-clause right after a closing quotation, or in
// another tense, is left to trimWhich, as is one after an earlier
// subordinate clause of the content (whichBlockers).

// whichPerfectAdverbs may stand between "had" and its participle.
var whichPerfectAdverbs = words(`not never already also just only since previously recently`)

// backshiftedWhich reports whether the ", which" at token k of content c
// opens a clause in the past perfect ("which had not been tested", "which
// the council had refused") after unquoted words, with no subordinator
// earlier in c.
func (f *finder) backshiftedWhich(c rng, k int) bool {
	if f.closingQuote(k-1) || f.quoted(k-1) {
		return false
	}
	for m := c.a; m < k; m++ {
		if f.word(m) && !f.quoted(m) && whichBlockers[f.low(m)] {
			return false
		}
	}
	h := f.whichSubjectEnd(c, k+2)
	if h >= c.b || f.low(h) != "had" || f.quoted(h) {
		return false
	}
	p := h + 1
	if p < c.b && whichPerfectAdverbs[f.low(p)] {
		p++
	}
	if p >= c.b || !f.word(p) || f.quoted(p) {
		return false
	}
	v := f.low(p)
	return v == "been" || pastVerb(v) || irregularPasts[v]
}

// whichSubjectEnd returns the token after the subject of an object
// relative opening at h, right after "which" ("which the council had
// refused", "which they had"): a pronoun, or up to four words opening
// with a determiner or a capital, none a verb of the clause; h itself when
// no such subject stands there.
func (f *finder) whichSubjectEnd(c rng, h int) int {
	if h >= c.b || !f.word(h) || f.quoted(h) {
		return h
	}
	first := f.low(h)
	if whichSubjectPronouns[first] {
		return h + 1
	}
	if !whichSubjectOpeners[first] && !isCap(f.toks[h].text) {
		return h
	}
	for j := h + 1; j < c.b && j <= h+4; j++ {
		if !f.word(j) || f.quoted(j) {
			return h
		}
		if f.low(j) == "had" {
			return j
		}
		if clauseVerbs[f.low(j)] {
			return h
		}
	}
	return h
}

// whichSubjectPronouns and whichSubjectOpeners begin the subject of an
// object relative after "which".
var (
	whichSubjectPronouns = words(`he she they we i you it`)
	whichSubjectOpeners  = words(`the a an its his her their our this that these those`)
)
