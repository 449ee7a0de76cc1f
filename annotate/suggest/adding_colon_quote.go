package suggest

// This file splits ", adding: “Q”" off a reported content: "said the rate
// had dipped because more pupils sat the exams, adding: “I'd rather …”".
// The quotation after the participle and the colon is a second statement of
// the same speaker with the participle as its cue, and the first content
// stops at the comma. A participle with no colon ("…, adding to the
// backlog") or a colon before words that are not a quotation ("…, adding:
// the board will meet") is left to the other rules.

// addingColonQuote splits a content at ", PARTICIPLE: “Q”" when a clause of
// three words or more comes before the comma and the quotation opens right
// after the colon and ends the content (bar one mark).
func (f *finder) addingColonQuote(a *attribution) (attribution, bool) {
	if a.speaker.empty() || a.cue.empty() {
		return attribution{}, false
	}
	for k := a.content.a + 3; k+3 < a.content.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.quoted(k+1) || !f.is(k+2, ":") {
			continue
		}
		cw, ok := participles[f.low(k+1)]
		if !ok || cw.class != cueSay {
			continue
		}
		if !f.quoteClosesAt(k+3, a.content.b) && !f.quoteClosesAt(k+3, a.content.b+1) {
			continue
		}
		q := f.quotes[f.toks[k+3].quote]
		first := rng{a.content.a, k}
		if f.wordsIn(first) < 3 || !f.clauseLike(first) {
			return attribution{}, false
		}
		second := *a
		second.content = rng{k + 3, q.t1 + 1}
		second.cue, second.cueLemma = rng{k + 1, k + 2}, cw.lemma
		second.pattern, second.conf, second.tail = a.pattern+"c", a.conf-0.1, rng{}
		second.inherit, second.nestedIn = -1, -1
		a.content.b = k
		return second, true
	}
	return attribution{}, false
}
