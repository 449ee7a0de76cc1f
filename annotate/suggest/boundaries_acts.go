package suggest

// This file ends a reported content before the speaker's next act when
// the writer coordinates it with the cue's verb: "said the town had
// “waited long enough” and thanked the crews", "said the state would
// cover the costs but did not say how much". What follows is what the
// speaker did next, not what was said.

// actsAfterQuote are acts of a speaker that follow a quoted phrase ending
// a content ("… had “let everyone down” and thanked the volunteers"),
// besides speakerActs and speakerActsAfterComma. A subject of the content
// seldom does these in the very words after a quotation closes.
var actsAfterQuote = words(`thanked praised congratulated hailed wished paid saluted`)

// unsaidVerbs are what a speaker does not do with words after "but did
// not" ("but did not say how much", "but would not elaborate").
var unsaidVerbs = words(`say elaborate specify explain comment disclose reveal confirm detail`)

// negatedAux open a negated verb phrase with no subject ("did not",
// "would not", "could not", "didn't").
var negatedAux = words(`did would could does will`)

// trimSpeakerNextAct cuts a content before "and" or "but" and a verb of
// the speaker's next act with no subject of its own, once the content is a
// clause: after a quotation that closes right before the conjunction, an
// act of speaker or of thanks ("… “for someone to believe in it” and
// thanked the family"); anywhere, "but" and a negated verb of saying
// ("… would cover the costs but did not say how much"). A clause with a
// subject after "and" ("said the mayor and her deputy would …") stays.
func (f *finder) trimSpeakerNextAct(r rng) int {
	for k := r.a + 3; k+2 < r.b; k++ {
		w := f.low(k)
		if w != "and" && w != "but" || f.quoted(k) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		next := f.low(k + 1)
		act := speakerActs[next] || speakerActsAfterComma[next] || actsAfterQuote[next] || refusals[next]
		cut := f.closingQuote(k-1) && act || w == "but" && f.negatedSaying(k+1)
		if cut && f.clauseLike(rng{r.a, k}) {
			if f.is(k-1, ",") && !f.quoted(k-1) {
				return k - 1
			}
			return k
		}
	}
	return r.b
}

// closingQuote reports whether token k closes a quotation.
func (f *finder) closingQuote(k int) bool {
	if k < 0 || k >= len(f.toks) || f.toks[k].kind != tQuote || f.toks[k].quote < 0 {
		return false
	}
	return f.quotes[f.toks[k].quote].t1 == k
}

// negatedSaying reports a negated verb of saying at token k: "did not
// say", "would not elaborate", "didn't comment".
func (f *finder) negatedSaying(k int) bool {
	aux := f.low(k)
	if negatedAux[aux] && f.low(k+1) == "not" {
		return unsaidVerbs[f.low(k+2)]
	}
	switch aux {
	case "didn't", "wouldn't", "couldn't", "didn’t", "wouldn’t", "couldn’t":
		return unsaidVerbs[f.low(k+1)]
	}
	return false
}

// demonstrativeHearer reports a hearer named with "this" after a cue
// "told" ("told this paper last week that …", "told this reporter that
// …"): the newspaper speaking of itself. A clause after "told" that opens
// with "this" ("told them this was …") has an addressee already, or a
// verb next, and is not taken.
func (f *finder) demonstrativeHearer(j int) bool {
	w := f.low(j)
	return (w == "this" || w == "these") && f.word(j+1) && !f.quoted(j+1) && !functionWords[f.low(j+1)] && !clauseVerbs[f.low(j+1)]
}
