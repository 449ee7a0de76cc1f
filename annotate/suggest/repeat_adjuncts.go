package suggest

// This file holds adjuncts of repetition between a cue and its quotation:
// "have told us, again and again, ‘…’", "said time and again: “…”",
// "has asked repeatedly, “…”". They say how often, not who heard or what
// was said.

// repeatPhrases are the adjuncts of repetition, as word sequences.
var repeatPhrases = [][]string{
	{"again", "and", "again"}, {"time", "and", "again"}, {"over", "and", "over"},
	{"time", "after", "time"}, {"repeatedly"}, {"often"}, {"many", "times"},
}

// repeatAdjunct reports whether tokens j up to hi are an adjunct of
// repetition, with or without commas around it.
func (f *finder) repeatAdjunct(j, hi int) bool {
	if f.is(j, ",") {
		j++
	}
	if hi > j && f.is(hi-1, ",") {
		hi--
	}
	for _, p := range repeatPhrases {
		if hi-j != len(p) {
			continue
		}
		ok := true
		for i, w := range p {
			if !f.word(j+i) || f.quoted(j+i) || f.low(j+i) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
