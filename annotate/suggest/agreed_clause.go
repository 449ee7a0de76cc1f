package suggest

// This file holds a concession the speaker goes on to make after "but":
// "told the court the figure was a guess but agreed that the form was
// his". What follows "but agreed that" is a second statement of the same
// speaker, with the concession's verb as its cue, and the first content
// stops at "but". After "and" the verb may have the content's own subject
// ("said the parties had met and agreed that talks would resume"), so that
// stays one statement.

// concessionVerbs are verbs that are no cue on their own ("agreed to pay",
// "accepted the offer") but report a clause after "but … that".
var concessionVerbs = words(`agreed accepted acknowledged recognised recognized`)

// agreedClause splits a content at "but agreed that C" into the content
// before "but" and a second statement C with the same speaker.
func (f *finder) agreedClause(a *attribution) (attribution, bool) {
	if a.speaker.empty() || a.cue.empty() {
		return attribution{}, false
	}
	for k := a.content.a + 3; k+3 < a.content.b; k++ {
		if f.low(k) != "but" || f.quoted(k) || !concessionVerbs[f.low(k+1)] || f.low(k+2) != "that" || f.quoted(k+1) {
			continue
		}
		if !f.clauseLike(rng{a.content.a, k}) {
			return attribution{}, false
		}
		second := *a
		second.content = rng{k + 3, a.content.b}
		if f.wordsIn(second.content) < 3 || !f.clauseLike(second.content) {
			return attribution{}, false
		}
		second.cue, second.cueLemma = rng{k + 1, k + 2}, "agree"
		second.pattern, second.conf, second.tail = a.pattern+"c", a.conf-0.1, rng{}
		second.inherit, second.nestedIn = -1, -1
		a.content.b = k
		if f.is(k-1, ",") {
			a.content.b = k - 1
		}
		return second, true
	}
	return attribution{}, false
}
