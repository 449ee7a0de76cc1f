package suggest

// frontedOpeners open a short adjunct fronted before a "he says" aside
// ("After that, he says, …", "In the end, she said, …").
var frontedOpeners = words(`after before in by for until since at on from within once then now eventually
	ultimately otherwise still meanwhile next finally later soon`)

// frontedAside returns the clause after a "he says" aside that splits off a
// short fronted adjunct: in "After that, he says, it is a matter of time."
// the statement is "it is a matter of time", not the adjunct. The adjunct
// has at most five words, opens with a preposition or a time adverb and
// holds no verb; the clause after the aside's comma opens like a clause
// and runs to the sentence's end.
func (f *finder) frontedAside(content rng, after, end int) (rng, bool) {
	if !f.is(after, ",") || f.wordsIn(content) > 5 || !f.word(content.a) || f.quoted(content.a) ||
		!frontedOpeners[f.low(content.a)] {
		return rng{}, false
	}
	for k := content.a; k < content.b; k++ {
		if f.quoted(k) || !f.word(k) && !isNumber(f.toks[k].text) || clauseVerbs[f.low(k)] {
			return rng{}, false
		}
		if _, cue := f.cueWordAt(k); cue {
			return rng{}, false
		}
	}
	r := rng{after + 1, end}
	if !f.clauseOpens(r.a) || f.wordsIn(r) < 3 || f.verbAfter(r.a, end) < 0 {
		return rng{}, false
	}
	return r, true
}
