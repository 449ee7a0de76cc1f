package suggest

// laterThatClause returns the "that" of a second that-clause after the
// conjunction at k when an adverb or a short adjunct between commas stands
// between them ("said it was her last season, and then, a week later,
// that it probably wasn’t"; "and then that …"), or -1. The adjunct holds
// at most six words, no quotation and no finite verb ("and then, when the
// vote came, that …" is left whole).
func (f *finder) laterThatClause(k, end int) int {
	t := k + 1
	if laterAdverbs[f.low(t)] && f.word(t) && !f.quoted(t) {
		t++
	}
	if f.is(t, ",") && !f.quoted(t) {
		n := 0
		for t++; t < end && !f.is(t, ","); t++ {
			if !f.word(t) && !f.pinpoint(t) || f.quoted(t) || clauseVerbs[f.low(t)] || subordinators[f.low(t)] {
				return -1
			}
			n++
		}
		if n == 0 || n > 6 || t >= end {
			return -1
		}
		t++
	}
	if t == k+1 || t >= end || f.low(t) != "that" || f.quoted(t) {
		return -1
	}
	return t
}

// laterAdverbs may follow the "and" before a second that-clause.
var laterAdverbs = words(`then later also afterwards again finally`)
