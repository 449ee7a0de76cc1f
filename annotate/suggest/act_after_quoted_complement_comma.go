package suggest

// This file ends a reported clause at a comma that closes a quoted
// complement of a copula when ", and" and the speaker's next act follow:
// "said the result was “a gift from the stewards”, and dedicated it to his
// mechanics", "said the draw was “the least we deserved”, and praised the
// crowd". It is trimActAfterQuotedComplement's case with the writer's
// comma between the quotation and "and": the comma makes the verb after
// "and" even less likely to share the content's copula, so the verb's
// subject is the reporting verb's and the act is not what was said. The
// same guards keep the content whole: a pronoun subject that may be the
// speaker, a quotation after "had" or a lexical verb, a verb with no
// object, a second quotation after "and".

// trimActAfterQuotedComplementComma cuts a content before the comma of
// "”, and" when a quoted complement of a copula closes right before it and
// a verb in the simple past with the start of its object follows "and",
// once the content is a clause whose subject is no pronoun.
func (f *finder) trimActAfterQuotedComplementComma(r rng) int {
	if r.b-r.a < 7 || !f.word(r.a) || f.quoted(r.a) || subjectPronouns[f.low(r.a)] {
		return r.b
	}
	for k := r.a + 3; k+3 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || !f.closingQuote(k-1) || f.low(k+1) != "and" || f.quoted(k+1) {
			continue
		}
		if !f.word(k+2) || f.quoted(k+2) {
			continue
		}
		v := f.low(k + 2)
		if clauseVerbs[v] || auxWords[v] || !pastVerb(v) && !irregularPasts[v] {
			continue
		}
		if !f.objectStart(k+3) || !f.copulaBefore(f.quotes[f.toks[k-1].quote].t0, r.a) {
			continue
		}
		if f.clauseLike(rng{r.a, k}) {
			return k
		}
	}
	return r.b
}
