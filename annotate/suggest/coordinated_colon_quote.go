package suggest

// This file reads "said A but added: “Q”" (and "… and added: “Q”"): after
// a reported clause, "but" or "and", a cue verb with no subject of its own,
// a colon and a quotation that ends the sentence make a second statement
// of the same speaker with that verb as its cue. The first content already
// stops before "but"/"and"; without this rule the quotation was lost. The
// colon and the quotation right after it are what make the verb a cue, so
// "added", which may take an object ("added 200 jobs"), is read too; a verb
// with no colon ("but added that …") is butCueClause's, and a colon before
// plain words ("but added: the board …") or a quotation that does not end
// the sentence ("…: “Q” in a note") is left alone.

// coordinatedColonQuote returns the second statement "but|and CUE: “Q”"
// right after a's content when the quotation closes the sentence (bar one
// mark).
func (f *finder) coordinatedColonQuote(a *attribution) (attribution, bool) {
	if a.speaker.empty() || a.cue.empty() || a.direct || a.sent < 0 || a.sent >= len(f.sents) {
		return attribution{}, false
	}
	end := f.sents[a.sent].t1
	k := a.content.b
	if f.is(k, ",") && !f.quoted(k) {
		k++
	}
	if k+3 >= end || f.quoted(k) || (f.low(k) != "but" && f.low(k) != "and") {
		return attribution{}, false
	}
	cw, ok := cueWords[f.low(k+1)]
	if !ok || cw.base || f.quoted(k+1) || !f.is(k+2, ":") || f.quoted(k+2) {
		return attribution{}, false
	}
	if !f.quoteClosesAt(k+3, end) || f.wordsIn(a.content) < 3 {
		return attribution{}, false
	}
	q := f.quotes[f.toks[k+3].quote]
	second := *a
	second.content = rng{k + 3, q.t1 + 1}
	second.direct = true
	second.cue, second.cueLemma = rng{k + 1, k + 2}, cw.lemma
	second.pattern, second.conf, second.tail = a.pattern+"c", a.conf-0.1, rng{}
	second.inherit, second.nestedIn = -1, -1
	return second, true
}
