package suggest

// A chat log quoted in a story keeps the clock time each message was sent
// ("[14:02] Dan Ward: We’re short of fitters."): the message is a turn by
// the name after the time, as in a transcript of name labels.

// afterClockStamp is the token after a bracketed clock time ("[14:02]")
// opening paragraph para at t0, or t0 when none opens it.
func (f *finder) afterClockStamp(t0, para int) int {
	if t0+5 > len(f.toks) || !f.is(t0, "[") || !f.is(t0+2, ":") || !f.is(t0+4, "]") {
		return f.afterBareClockStamp(t0, para) // "21:14 Skipper:"
	}
	for k := t0 + 1; k < t0+5; k++ {
		if f.toks[k].para != para || !f.glued(k) {
			return t0
		}
	}
	if !asciiDigits(f.toks[t0+1].text, 1, 2) || !asciiDigits(f.toks[t0+3].text, 2, 2) {
		return t0
	}
	return t0 + 5
}

// asciiDigits reports a run of lo to hi ASCII digits.
func asciiDigits(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
