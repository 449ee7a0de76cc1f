package suggest

// This file reads a quotation nested in another after "As X put it":
// "“… As one retail customer put it to us in November, ‘If you can make
// it, we’ll buy it.’ …”". putIt reads the frame only at the start of a
// sentence with an indirect content after it, and cueThenQuote (which
// innerQuotes tries) knows only single cue verbs, so the customer's words
// were no statement of their own. The hearer after "to" and a time phrase
// may stand between "put it" and the comma.

// innerPutItReach is how many words may follow "put it" before the comma
// ("to us in November last year").
const innerPutItReach = 8

// innerPutIt matches D3 for the inner quotation opening at k inside q:
// the clause before it, from just after a sentence mark or q's opening
// mark, reads "As SPEAKER put it [to HEARER] [ADJUNCT]," and nothing else.
func (f *finder) innerPutIt(a *attribution, k int, q quotation) bool {
	if !f.is(k-1, ",") {
		return false
	}
	lo := k - 1
	for lo > q.t0+1 && !(f.is(lo-1, ".") && !f.abbrevDot(lo-1) || f.is(lo-1, "?") || f.is(lo-1, "!") || f.toks[lo-1].kind == tQuote) {
		lo--
	}
	if !f.word(lo) || f.low(lo) != "as" {
		return false
	}
	c := -1
	for p := lo + 2; p < k-2; p++ {
		if f.low(p) == "put" && f.low(p+1) == "it" {
			c = p
			break
		}
	}
	if c < 0 || k-1-(c+2) > innerPutItReach {
		return false
	}
	for p := c + 2; p < k-1; p++ {
		if !f.word(p) {
			return false // only words between "put it" and the comma
		}
	}
	sa, sb, ok := f.speakerBefore(c, lo+1)
	if !ok || sa != lo+1 {
		return false
	}
	a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{c, c + 2}, "put"
	if f.low(c+2) == "to" && f.hearerPronoun(c+3) {
		a.addressee = rng{c + 3, c + 4}
	}
	a.pattern = "D3"
	return true
}
