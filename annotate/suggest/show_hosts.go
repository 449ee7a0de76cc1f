package suggest

// showWithHost reports a name at token a that a programme's title carries
// as its presenter's, "with" before it and the title's one to three
// capitalised words before that, after "on" or a possessive: "on
// Breakfast with Gwen Talbot", "Tuesday's Late Show with Ann Roe". A
// transcript's "HOST:" is then that presenter. "met with Ann Roe" or "He
// spoke with Ann Roe" has no title before "with".
func (f *finder) showWithHost(a int) bool {
	if f.low(a-1) != "with" {
		return false
	}
	k := a - 2
	for k >= 0 && k >= a-5 && f.word(k) && !f.quoted(k) && isCap(f.toks[k].text) && !functionWords[f.low(k)] && !possessiveWord(f.toks[k].text) {
		k--
	}
	if k == a-2 || k < 0 {
		return false
	}
	return f.low(k) == "on" || possessiveWord(f.toks[k].text) || f.is(k, "'s") || f.is(k, "’s")
}
