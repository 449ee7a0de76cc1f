package suggest

// timeOnlyContent reports whether r, the words after a cue with no "that",
// say only when the speaking was done, as posts and replies are dated in
// stories about social media ("Varnell replied an hour later:", "the
// minister responded two days later", "she wrote back the next morning"):
// two to six words, optionally closed by a colon or a stop, made only of
// a count or determiner and units of time, ending in "later", "afterwards"
// or "ago", or "the next" or "the following" and a unit or a day. The
// words tell the reader when, not what, so they are no statement. A clause
// ("replied the deal was off a week later") or any other word ("replied an
// angry letter later") leaves the content as it was.
func (f *finder) timeOnlyContent(r rng) bool {
	b := r.b
	for b > r.a && (f.is(b-1, ":") || f.is(b-1, ".")) {
		b--
	}
	n := b - r.a
	if n < 2 || n > 6 {
		return false
	}
	last := f.low(b - 1)
	mid := r.a
	switch {
	case timeTails[last]:
		b--
	case f.low(r.a) == "the" && (f.low(r.a+1) == "next" || f.low(r.a+1) == "following") && n <= 4:
		mid = r.a + 2
	default:
		return false
	}
	for k := mid; k < b; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
		w := f.low(k)
		if !timeUnits[w] && !calendarWords[w] && !isDeterminer(w) && !isNumber(f.toks[k].text) && !timeCounts[w] {
			return false
		}
	}
	return true
}

// timeTails close a phrase that dates an act from another one.
var timeTails = words(`later afterwards afterward ago`)

// timeUnits are the units such a phrase counts in.
var timeUnits = words(`second seconds minute minutes hour hours day days week weeks month months year years
	moment moments morning afternoon evening night weekend`)

// timeCounts count the units without a figure ("a few hours later",
// "two days later").
var timeCounts = words(`few several couple of half two three four five six seven eight nine ten twelve dozen`)
