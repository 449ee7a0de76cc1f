package suggest

// This file ends a reported content at a comma after its closing
// quotation mark when the writer sums the words up in apposition: "said
// his colleague had “seen more sites than anyone”, a line that won the
// loudest cheer" — the writer's noun for the words ("a line", "a remark",
// "a jibe") and a relative clause are no part of what was said.

// summaryNouns name words already quoted.
var summaryNouns = words(`line remark jibe quip comment claim phrase retort barb boast charge put-down riposte`)

// trimSummaryAppositive cuts a content at ", a/an" and a summary noun (one
// or two words may stand before it) and "that" or "which", right after a
// closing quotation mark.
func (f *finder) trimSummaryAppositive(r rng) int {
	for k := r.a + 2; k+4 < r.b; k++ {
		if !f.is(k, ",") || f.toks[k-1].kind != tQuote || f.quoted(k) || f.low(k+1) != "a" && f.low(k+1) != "an" {
			continue
		}
		for n := k + 2; n < r.b-1 && n <= k+4; n++ {
			if !f.word(n) || f.quoted(n) {
				break
			}
			if summaryNouns[f.low(n)] && (f.low(n+1) == "that" || f.low(n+1) == "which") {
				return k
			}
		}
	}
	return r.b
}
