package suggest

import "strings"

// "“…,” Teague said on a grey morning at the lock, a mug of tea on the
// roof. “…”" and "“…,” he said eventually. “…”": the frame of a first half
// may go on after its cue with an adverb, a place or time phrase and a
// description set off by a comma, and the quotation after it is still the
// second half, under the same cue. secondHalfAfterFrame knows only the
// shorter tails; this reads the longer ones, for the cue alone.
func (f *finder) secondHalfAfterLongFrame(si int, q quotation, first int) bool {
	a, prev, ok := f.firstHalfFrame(si, q, first)
	return ok && f.plainFrameTail(f.frameEnd(a), f.sentEnd(prev))
}

// plainFrameTail reports whether the tokens [j, end) after a frame are an
// adverb in -ly, then a prepositional phrase, then after a comma a
// description, with no quotation, cue or finite verb anywhere: nothing
// that could be a statement or a frame of its own.
func (f *finder) plainFrameTail(j, end int) bool {
	if j >= end {
		return true
	}
	if f.word(j) && strings.HasSuffix(f.low(j), "ly") {
		j++ // "said eventually"
	}
	if j < end && !f.is(j, ",") && !contentPreps[f.low(j)] && !adjunctPreps[f.low(j)] {
		return false
	}
	for k := j; k < end; k++ {
		switch {
		case f.quoted(k), f.is(k, ";"), f.is(k, ":"), f.low(k) == "that":
			return false
		case !f.word(k):
			continue
		case clauseVerbs[f.low(k)] || f.contractedVerb(k):
			return false
		}
		if _, cue := cueWords[f.low(k)]; cue {
			return false
		}
	}
	return true
}
