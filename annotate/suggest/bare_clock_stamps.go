package suggest

// A radio or incident log quoted in a story stamps each line with a bare
// clock time, no brackets ("21:14 Skipper: Mayday, …", "21:17 Coastguard:
// Lifeboat launching, over."): the line is a turn by the label after the
// time, as in a chat log's "[14:02] Name:". Only an hour (0–23) and two
// digits of minutes (00–59), glued round the colon and opening the
// paragraph, count: a score ("21 : 14"), a year or a time inside a
// sentence is no stamp.

// afterBareClockStamp is the token after a bare clock time ("21:14")
// opening paragraph para at t0, or t0 when none opens it.
func (f *finder) afterBareClockStamp(t0, para int) int {
	if t0+3 >= len(f.toks) || !f.is(t0+1, ":") {
		return t0
	}
	for k := t0; k < t0+4; k++ {
		if f.toks[k].para != para {
			return t0
		}
	}
	if !f.glued(t0+1) || !f.glued(t0+2) || f.glued(t0+3) {
		return t0
	}
	h, m := f.toks[t0].text, f.toks[t0+2].text
	if !asciiDigits(h, 1, 2) || !asciiDigits(m, 2, 2) || atoi2(h) > 23 || atoi2(m) > 59 {
		return t0
	}
	return t0 + 3
}

// atoi2 is the value of a run of one or two ASCII digits.
func atoi2(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// stampedQuestion reports a transcript turn a on a clock-stamped line
// ("21:14 Coastguard: What is your position, over?", "[09:02] Ana: Are we
// open?") that only asks: a log records the exchange, and a question put
// in it asserts nothing, whoever puts it. A stamped line that states and
// then asks, or an unstamped member's question, is left to the other rules.
func (f *finder) stampedQuestion(a *attribution) bool {
	if a.content.empty() || !f.onlyQuestion(a.content) {
		return false
	}
	para := f.toks[a.content.a].para
	k := a.content.a
	for k > 0 && f.toks[k-1].para == para {
		k--
	}
	return f.afterClockStamp(k, para) != k
}
