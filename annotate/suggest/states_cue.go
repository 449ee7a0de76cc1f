package suggest

import "strings"

// A document quoted word for word is often said to "state" it: "The
// recommendation states: ‘Operators should …’", "The ruling states: “…”".
// "states" stays out of cueWords, since it is far more often a plural noun
// ("member states said", "the states: Ohio, Utah"); it is read as the cue
// only where nothing else fits: in lower case, right after a singular
// noun (a lower-case word not ending in "s", no determiner or function
// word) and right before a colon that opens a quotation.

// statesCueAt is the cue "states" at token i, when a singular subject
// comes before it and a colon and an opening quotation mark after it.
func (x *text) statesCueAt(i int) (cueWord, bool) {
	if !x.word(i) || x.toks[i].text != "states" || !x.is(i+1, ":") || i+2 >= len(x.toks) || x.toks[i+2].kind != tQuote {
		return cueWord{}, false
	}
	p := i - 1
	if !x.word(p) || x.quoted(p) {
		return cueWord{}, false
	}
	prev := x.toks[p].text
	if isCap(prev) || strings.HasSuffix(prev, "s") || functionWords[x.low(p)] || isDeterminer(x.low(p)) || pronouns[x.low(p)] {
		return cueWord{}, false
	}
	return cueWord{lemma: "state", class: cueSay}, true
}
