package suggest

// This file keeps a second verb inside a reported clause in the past
// perfect: "said the provincial government had declared three days of
// mourning and asked the army for helicopters". The content's "had" serves
// both participles, so the verb after "and" is the content subject's act,
// not the speaker's next one, though it is a verb speakers use ("asked",
// "promised"). After a quotation, a "been" or a "not", or when the verb
// after "and" reports words ("and asked whether …", "and told them that
// …"), the rules that end a content at "and" decide as before.

// sharedPerfect reports whether "and" at token k joins a second
// participle, at k+1, to a content that opens with a subject of one to
// five unquoted words and "had" and a participle, with no quotation or
// comma between, and whether that participle takes an object that opens
// no report.
func (f *finder) sharedPerfect(r rng, k int) bool {
	h := -1
	for m := r.a + 1; m < k && m <= r.a+5; m++ {
		if !f.word(m) || f.quoted(m) {
			return false
		}
		if f.low(m) == "had" {
			h = m
			break
		}
	}
	if h < 0 || !f.word(h+1) || f.quoted(h+1) {
		return false
	}
	p := f.low(h + 1)
	if p == "been" || p == "not" || !pastVerb(p) && !irregularPasts[p] {
		return false
	}
	for m := h + 1; m < k; m++ {
		if f.quoted(m) || f.toks[m].kind == tQuote || f.is(m, ",") || f.is(m, ";") {
			return false
		}
	}
	if !f.objectStart(k+2) || f.low(k+2) == "that" || f.low(k+2) == "it" {
		return false
	}
	for m := k + 2; m < r.b && m <= k+5; m++ {
		if w := f.low(m); w == "that" || w == "whether" || w == "if" || f.toks[m].kind == tQuote {
			return false
		}
	}
	return true
}
