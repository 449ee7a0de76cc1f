package suggest

// eventNouns end an adjunct naming the moment of saying by an event ("told
// the players at the break, ‘…’", "said after the match, “…”").
var eventNouns = words(`break half-time halftime interval match game meeting hearing briefing launch
	funeral service session rehearsal training`)

// eventPreps open such an adjunct.
var eventPreps = words(`at after before during`)

// saidAdjunct reports whether [j, hi) is an adjunct of the act of saying
// and nothing else: a time ("this morning", "on Monday") or an event
// ("at the break", "after the match").
func (f *finder) saidAdjunct(j, hi int) bool {
	if f.skipAdjunctAfter(j, hi) == hi || f.repeatAdjunct(j, hi) || f.earAdjunct(j, hi) {
		return true
	}
	if !f.word(j) || f.quoted(j) || !eventPreps[f.low(j)] || hi-j > 4 {
		return false
	}
	for k := j + 1; k < hi; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
	}
	return eventNouns[f.low(hi-1)]
}
