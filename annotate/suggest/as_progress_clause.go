package suggest

// This file ends a content before ", as" and a subject moving closer to an
// outcome: "said it would oppose any takeover …, as American investor Dale
// Whitacre moved closer to buying the club" ends at the takeover's terms.
// Wire ledes set what was said against the news it answers; "moved closer
// to", "edged nearer to" is the reporter's background, never the speaker's
// words. trimAsReportedClause reads such clauses with a reporting verb;
// this reads them with a verb of approach and "closer" or "nearer".

// approachVerbs move a subject towards an outcome with "closer" or
// "nearer" ("moved closer to buying", "edged nearer to a deal").
var approachVerbs = words(`moved moves edged edges inched inches drew draws crept came comes stepped`)

// trimAsProgressClause cuts a content before ", as" when a subject of one
// to twelve words (no comma, quotation or verb of its own) reaches an
// approachVerb followed by "closer" or "nearer" and "to", once the content
// before the comma is a clause; "…, as prices moved higher" and "…, as
// long as …" keep their words.
func (f *finder) trimAsProgressClause(r rng) int {
	for k := r.a + 3; k+5 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "as" || f.quoted(k+1) || !f.word(k+2) || asClauseSkips[f.low(k+2)] {
			continue
		}
		if !f.clauseLike(rng{r.a, k}) {
			continue
		}
		for v := k + 3; v+2 < r.b && v <= k+14; v++ {
			if !f.word(v) || f.quoted(v) {
				break
			}
			if approachVerbs[f.low(v)] && (f.low(v+1) == "closer" || f.low(v+1) == "nearer") && f.low(v+2) == "to" {
				return k
			}
			if clauseVerbs[f.low(v)] || f.contractedVerb(v) {
				break
			}
		}
	}
	return r.b
}
