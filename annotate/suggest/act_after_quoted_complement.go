package suggest

// This file ends a reported clause whose verb is a copula with a quoted
// complement where the reporter goes on with the speaker's next act:
// "admitted his side had been ‘second best for 45 minutes’ and credited
// the 19-year-old", "wrote that the guidance was “below forecasts” and cut
// its price target". The quotation is what the speaker called the
// content's subject; "and" right after it, outside the quotation, and a
// verb in the simple past with an object cannot share the copula ("was …
// and cut its target" is no passive), so the verb's subject is the
// reporting verb's: the speaker did it, the speaker did not say it.
//
// The content stays whole when "and" may join two parts of it: the
// quotation follows a perfect's "had" or a lexical verb ("the board had
// “lost its nerve” and cut its dividend": "had" serves both verbs), the
// content's subject is a pronoun that may be the speaker ("it was
// “monitoring …” and expected …"), or the verb takes no object ("had
// started as “a comedy” and changed in rehearsal").

// quotedComplementCopulas are the copulas a quoted complement follows.
var quotedComplementCopulas = words(`is are was were been`)

// copulaAdverbs may stand between a copula and its quoted complement.
var copulaAdverbs = words(`not still now already also only just never always`)

// trimActAfterQuotedComplement cuts a content before "and" that follows
// the closing mark of a quoted complement of a copula when a verb in the
// simple past and the start of its object come next, once the content is
// a clause whose subject is no pronoun. A writer's comma between the mark
// and "and" ("was “a gift from the stewards”, and dedicated it to …")
// makes the verb after "and" even less likely to share the content's
// copula; the cut then falls before the comma.
func (f *finder) trimActAfterQuotedComplement(r rng) int {
	if r.b-r.a < 6 || !f.word(r.a) || f.quoted(r.a) || subjectPronouns[f.low(r.a)] {
		return r.b
	}
	for k := r.a + 3; k+2 < r.b; k++ {
		if f.low(k) != "and" || f.quoted(k) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		end := k // the cut: before "and", or before the writer's comma
		if f.is(k-1, ",") && !f.quoted(k-1) {
			end = k - 1
		}
		if end < r.a+3 || !f.closingQuote(end-1) {
			continue
		}
		v := f.low(k + 1)
		if clauseVerbs[v] || auxWords[v] || !pastVerb(v) && !irregularPasts[v] {
			continue
		}
		if !f.objectStart(k+2) || !f.copulaBefore(f.quotes[f.toks[end-1].quote].t0, r.a) {
			continue
		}
		if f.clauseLike(rng{r.a, end}) {
			return end
		}
	}
	return r.b
}

// objectStart reports whether token k, unquoted, opens a verb's object: a
// determiner or object pronoun, a number or a capitalised name.
func (f *finder) objectStart(k int) bool {
	if k >= len(f.toks) || !f.word(k) || f.quoted(k) {
		return false
	}
	t := f.toks[k].text
	return objectOpeners[f.low(k)] || isNumber(t) || isCap(t)
}

// copulaBefore reports whether the quotation opening at token q follows a
// copula (and at most one adverb) within the content that starts at a: a
// "been" only after "had", "has" or "have".
func (f *finder) copulaBefore(q, a int) bool {
	c := q - 1
	if c > a && copulaAdverbs[f.low(c)] || c > a && len(f.low(c)) > 3 && f.low(c)[len(f.low(c))-2:] == "ly" {
		c--
	}
	if c <= a || !f.word(c) || f.quoted(c) || !quotedComplementCopulas[f.low(c)] {
		return false
	}
	if f.low(c) == "been" {
		p := f.low(c - 1)
		return p == "had" || p == "has" || p == "have"
	}
	return true
}
