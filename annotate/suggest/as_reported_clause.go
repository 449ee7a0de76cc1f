package suggest

// asClauseSkips follow "as" in clauses that compare or qualify what was said
// ("as long as", "as well as", "as if"), never "as" with a subject that
// reports.
var asClauseSkips = words(`well much long soon far if though many often usual ever yet expected planned`)

// trimAsReportedClause cuts a content before ", as" and a subject of its
// own followed by a reporting verb: "said the bridge would stay closed, as
// businesses on both banks reported losing customers" ends at "closed". The
// "as" clause is the reporter's, telling what went on while the speaker
// spoke, not part of what was said. The content before the comma must be a
// clause, and the subject (one to twelve words, no comma, no quotation, no
// verb) must reach the reporting verb directly; "…, as it had been since
// May" or "…, as long as it takes" keep their words.
func (f *finder) trimAsReportedClause(r rng) int {
	for k := r.a + 3; k+3 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "as" || f.quoted(k+1) || !f.word(k+2) || asClauseSkips[f.low(k+2)] {
			continue
		}
		if !f.clauseLike(rng{r.a, k}) {
			continue
		}
		for v := k + 2; v < r.b && v <= k+14; v++ {
			if !f.word(v) || f.quoted(v) {
				break
			}
			if cw, ok := cueWords[f.low(v)]; ok && v > k+2 && !cw.base {
				return k
			}
			if clauseVerbs[f.low(v)] || f.contractedVerb(v) {
				break
			}
		}
	}
	return r.b
}
