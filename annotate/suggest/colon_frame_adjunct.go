package suggest

// colonFrameAdjunct reports whether [j, hi), between a cue and the colon
// that hands over a quotation, says only where from, how often or when the
// words were sent: "said from the dock: “…”", "radioed once more: “…”",
// "wrote again before the line went dead: “…”". Pieces follow one another
// in that order: "once more" or "again"; "from" and at most three words;
// a clause of time ("before", "after", "as", "while", "when") of at most
// ten words. Anything else ("said the plan had failed: “…”") is no adjunct.
func (f *finder) colonFrameAdjunct(j, hi int) bool {
	if j >= hi || !f.is(hi, ":") {
		return false
	}
	for k := j; k < hi; k++ {
		if f.quoted(k) || !f.word(k) && !f.pinpoint(k) && !f.is(k, ",") {
			return false
		}
	}
	k := j
	switch {
	case f.low(k) == "once" && f.low(k+1) == "more", f.low(k) == "once" && f.low(k+1) == "again":
		k += 2
	case f.low(k) == "again":
		k++
	}
	if k < hi && f.low(k) == "from" {
		n := 1
		for k++; k < hi && n <= 3 && !timeClauseOpeners[f.low(k)] && !clauseVerbs[f.low(k)]; k++ {
			n++
		}
		if n == 1 || n > 4 {
			return false
		}
	}
	if k < hi && timeClauseOpeners[f.low(k)] {
		if hi-k > 11 || hi-k < 3 {
			return false
		}
		k = hi
	}
	return k == hi && k > j
}

// timeClauseOpeners open a clause saying when the words were sent.
var timeClauseOpeners = words(`before after as while when`)

// colonCueReach is how far before the last word c of a frame its cue is
// looked for: further before a colon, whose frame may close on a clause of
// time ("radioed once more before we lost the signal behind the ridge:").
func (f *finder) colonCueReach(c int) int {
	if f.is(c+1, ":") && !f.quoted(c+1) {
		return 14
	}
	return 8
}
