package suggest

// This file ends a reported content before the writer's verdict on it:
// "Brais warned that the tart sells out by eight, and he was right: …",
// "…, but she was wrong". A comma, "and" or "but", a subject pronoun, a
// form of "be" and "right", "wrong" or "correct" judge what was said; they
// are the writer's words, not the speaker's, so the content stops at the
// comma. The same words with a noun subject ("and the price was right") or
// without the comma stay in the content.

// verdictWords are the judgements that close a writer's verdict clause.
var verdictWords = words(`right wrong correct mistaken`)

// trimVerdictClause returns the end of r cut before ", and|but PRONOUN
// was|were|is|are VERDICT", or r.b when there is none.
func (f *finder) trimVerdictClause(r rng) int {
	for k := r.a + 3; k+4 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.quoted(k+1) {
			continue
		}
		if f.low(k+1) != "and" && f.low(k+1) != "but" {
			continue
		}
		if !pronouns[f.low(k+2)] {
			continue
		}
		switch f.low(k + 3) {
		case "was", "were", "is", "are":
		default:
			continue
		}
		if verdictWords[f.low(k+4)] {
			return k
		}
	}
	return r.b
}
