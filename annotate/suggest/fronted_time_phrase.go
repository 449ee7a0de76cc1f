package suggest

import "strings"

// This file holds the round-32 rule for a fronted time phrase before a
// subject and a verb of answering ("Within an hour of the decision being
// published, the sprinter replied on Instagram."): the words before the
// comma say when, not what was said, so they are no statement of the
// verb's subject, though they stand where a postposed cue's content
// stands ("The plan will fail, she replied.").

// frontedTimePhrase reports whether r, a content before ", SPEAKER CUE",
// is only a phrase of time: it opens with a preposition of time (after a
// span, "Minutes after …", if any), a noun
// phrase follows ("an hour", "the vote", "minutes"), and no finite verb
// stands in it; a participle after "being" or "having" ("of the decision
// being published") is no finite verb. "Within weeks the plant closed"
// and "After the vote, prices will rise" are clauses and stay contents.
//
// Only verbs of answering and posting ("replied", "responded", "wrote")
// are read so: they take the time of what they answer, while a bare
// "After the flood, she said." is an answer given in so many words.
func (f *finder) frontedTimePhrase(r rng, lemma string) bool {
	if !answeringLemmas[lemma] {
		return false
	}
	p := r.a
	if f.word(p) && isNumber(f.toks[p].text) && timeSpanNouns[f.low(p+1)] {
		p++ // "Two hours after …"
	}
	if f.word(p) && timeSpanNouns[f.low(p)] {
		p++ // "Minutes after …"
	}
	if r.b-r.a < 2 || r.b-r.a > 16 || !f.word(p) || f.quoted(p) || !frontedTimePreps[f.low(p)] {
		return false
	}
	if n := p + 1; !f.word(n) || !isDeterminer(f.low(n)) && !isNumber(f.toks[n].text) && !timeWords[f.low(n)] && !calendarWords[f.low(n)] && !timeSpanNouns[f.low(n)] {
		return false
	}
	for k := r.a + 1; k < r.b; k++ {
		if !f.word(k) {
			return false // a comma or a quotation: more than one phrase
		}
		lw := f.low(k)
		if clauseVerbs[lw] || f.contractedVerb(k) {
			return false
		}
		if irregularPasts[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") {
			if p := f.low(k - 1); p != "being" && p != "been" && p != "having" {
				return false
			}
		}
	}
	return true
}

// frontedTimePreps open a phrase that says when something was done.
var frontedTimePreps = words(`within after before during following until since upon`)

// timeSpanNouns are spans of time a fronted phrase may open with
// ("Within hours of …", "After months of …").
var timeSpanNouns = words(`minutes hours days weeks months years moments seconds`)

// answeringLemmas are verbs of answering or posting, which a fronted time
// phrase often dates ("Within an hour of the ruling, she replied on X.").
var answeringLemmas = words(`reply respond react answer write post tweet`)
