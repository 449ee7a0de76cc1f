package suggest

// hearerToFrameEnd skips a hearer named after a frame's cue ("she
// shouted to Marr.", "he said to Ann Roe."): "to" and a name of up to
// three capitalised words, returning the token after it; e itself when
// no such hearer follows.
func (f *finder) hearerToFrameEnd(e, end int) int {
	if e >= end || f.low(e) != "to" || f.quoted(e) {
		return e
	}
	k := e + 1
	for k < end && k < e+4 && f.word(k) && isCap(f.toks[k].text) && !f.quoted(k) {
		k++
	}
	if k == e+1 {
		return e
	}
	return k
}
