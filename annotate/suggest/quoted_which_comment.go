package suggest

// This file ends a content reported inside a quotation at the quoted
// speaker's own comment on it: "‘He said it was the best thing I’d ever
// written, which tells you something about him.’" — what the landlord said
// ends at "written"; ", which tells you …" is the speaker of the outer
// quotation judging it. trimWhich cuts such clauses outside quotations
// only, since inside one a "which" clause is most often the words'.

// commentWhichVerbs open a comment on what was just reported.
var commentWhichVerbs = words(`tells shows says explains sums`)

// commentWhichObjects follow such a verb in a comment: the hearer or how
// much it shows ("tells you", "says a lot", "shows everything").
var commentWhichObjects = words(`you us me a something everything all it plenty`)

// trimQuotedWhichComment cuts a content at a comma inside a quotation
// followed by "which", a commentWhichVerb and a commentWhichObject.
func (f *finder) trimQuotedWhichComment(r rng) int {
	for k := r.a + 2; k+3 < r.b; k++ {
		if f.is(k, ",") && f.quoted(k) && f.low(k+1) == "which" && commentWhichVerbs[f.low(k+2)] && commentWhichObjects[f.low(k+3)] {
			return k
		}
	}
	return r.b
}
