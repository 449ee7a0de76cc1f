package suggest

// This file holds the round-27 rule for a cue with no clause after it:
// "responded within an hour on Instagram", "replied in a letter to the
// board". What follows the cue is an adjunct of time, place or channel,
// not a report: the statement, if any, is the quotation or clause that
// comes later.

// adjunctOpeners open an adjunct that a cue with no object may take.
var adjunctOpeners = words(`within in on at to by from after before during over through via across inside outside near`)

// adjunctContent reports whether the indirect content r opens with a
// preposition, has eight tokens at most and holds no finite verb
// (clauseLike): an adjunct. "At least nine buses ran …" opens a clause
// with its quantity, not an adjunct.
func (f *finder) adjunctContent(r rng) bool {
	if r.b <= r.a || r.b-r.a > 8 || !adjunctOpeners[f.low(r.a)] || f.quoted(r.a) {
		return false
	}
	if f.low(r.a) == "at" && r.a+1 < r.b && (f.low(r.a+1) == "least" || f.low(r.a+1) == "most") {
		return false
	}
	return !f.clauseLike(r)
}

// dropAdjunctContents drops, from first on, the indirect statements whose
// content, after its cue, is an adjunct (adjunctContent); a fronted
// content ("After the flood, she said.") is another rule's.
func (f *finder) dropAdjunctContents(first int) {
	for i := first; i < len(f.atts); i++ {
		a := &f.atts[i]
		if !a.dropped && !a.direct && !a.cue.empty() && a.content.a > a.cue.a && f.adjunctContent(a.content) {
			a.dropped = true
		}
	}
}
