package suggest

// This file holds the round-41 rule for a speaker named before an adverb
// and a run of coordinated verbs ending in the cue: "Ada just walked to
// the front, stood on a chair and said, ‘…’". coordinatedSubject reads
// "Ada walked to the front and said" and "Ada walked …, stood … and said",
// but not an adverb ("just", "simply", "quietly") between the name and the
// first of several verbs listed with commas.
// The name opening the clause is the speaker when such an adverb and then
// a lower-case word, the first verb, follow it; a name followed by anything
// else ("Ada and Tom walked …", "Ada's band …") is left to the other rules.

// preVerbAdverbs stand between a subject and its verb.
var preVerbAdverbs = words(`just simply quietly calmly suddenly then finally slowly promptly immediately`)

// adverbCoordinatedSubject finds, for the cue at c after "and", the one to
// three capitalised words opening the clause when a pre-verb adverb and a
// lower-case verb follow them, before the "and".
func (f *finder) adverbCoordinatedSubject(c, lo int) (int, int, bool) {
	if f.low(c-1) != "and" {
		return 0, 0, false
	}
	t := c - 2
	for t > lo && !(f.is(t-1, ".") && !f.abbrevDot(t-1) || f.is(t-1, "?") || f.is(t-1, "!") || f.is(t-1, ";") || f.is(t-1, ":") || f.toks[t-1].kind == tQuote) {
		t--
	}
	n := t
	for n < t+3 && n < c && f.word(n) && !f.quoted(n) && isCap(f.toks[n].text) && !functionWords[f.low(n)] && !sentenceOpeners[f.low(n)] {
		n++
	}
	if n == t || n+2 >= c-1 || !preVerbAdverbs[f.low(n)] || !f.word(n+1) || isCap(f.toks[n+1].text) || functionWords[f.low(n+1)] {
		return 0, 0, false
	}
	return t, n, true
}
