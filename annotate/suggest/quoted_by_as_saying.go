package suggest

// This file holds the round-34 rule for a relayed statement reported
// inline: "the mayor was quoted by broadcaster HRT as saying that A and
// that B", "was quoted as telling reporters …". Wire and translated
// stories use it when the words reach them through another outlet. The
// subject of the passive speaks, the outlet after "by" is only the
// channel, and the whole chain from "was" to the participle is the cue.
// quotedAsAfterQuote reads the frame only after a quotation; before this
// rule the participle after "as" was no cue at all, so the clauses it
// reports were missed.

// quotedAsMaxChannel is the longest outlet phrase read between "quoted by"
// and "as" ("broadcaster HRT", "the state news agency Tass").
const quotedAsMaxChannel = 6

// quotedAsCue reads a reporting participle at i after "quoted as" or
// "quoted by OUTLET as", with a form of "be" before "quoted": a cue of
// the participle's verb. "The report was quoted in parliament" and "as
// saying goes" have no such chain.
func (x *text) quotedAsCue(i int) (cueWord, bool) {
	if _, ok := x.quotedAsQuotedAt(i); !ok {
		return cueWord{}, false
	}
	return x.participleAt(i)
}

// quotedAsQuotedAt is the token of "quoted" in a chain ending in the
// participle at i, checked literal by literal before any lexicon.
func (x *text) quotedAsQuotedAt(i int) (int, bool) {
	if i < 3 || !x.word(i-1) || x.quoted(i-1) || x.low(i-1) != "as" {
		return 0, false
	}
	q := i - 2
	if x.word(q) && !x.quoted(q) && x.low(q) == "by" {
		return 0, false // "quoted by as" has no outlet
	}
	if !(x.word(q) && x.low(q) == "quoted") {
		// "quoted by broadcaster HRT as": an outlet of plain words after "by"
		k := q
		for ; k > 0 && q-k < quotedAsMaxChannel && x.word(k) && !x.quoted(k) && x.low(k) != "by"; k-- {
		}
		if k == q || k < 1 || !x.word(k) || x.quoted(k) || x.low(k) != "by" {
			return 0, false
		}
		q = k - 1
	}
	if q < 1 || !x.word(q) || x.quoted(q) || x.low(q) != "quoted" || !x.word(q-1) || x.quoted(q-1) || !quotedAsAuxiliaries[x.low(q-1)] {
		return 0, false
	}
	return q, true
}

// quotedAsStart is the first token of the chain before a cue at c read by
// quotedAsCue ("was" of "was quoted by HRT as saying", "has" of "has been
// quoted as saying"), or c: the cue spans the chain, and the speaker ends
// before it.
func (x *text) quotedAsStart(c int) int {
	q, ok := x.quotedAsQuotedAt(c)
	if !ok {
		return c
	}
	if _, ok := x.participleAt(c); !ok {
		return c
	}
	a := q - 1
	if x.low(a) == "been" && a-1 >= 0 && x.word(a-1) && !x.quoted(a-1) && (x.low(a-1) == "has" || x.low(a-1) == "have" || x.low(a-1) == "had") {
		a--
	}
	return a
}
