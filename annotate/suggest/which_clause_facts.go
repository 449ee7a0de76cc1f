package suggest

// This file keeps a which-clause at the end of a reported content when it
// carries facts of its own: "told him to “check the app”, which showed his
// flight as on time until it was cancelled at 7.40am", "the fare, which
// rose from £2.00 to £3.40 between May 2023 and February 2026", "the buckle
// “may open …”, which could allow a child to be thrown forward". A figure,
// a clock time, a date or a modal verb marks what the speaker went on to
// report, which the guidelines keep in the statement as any subordinate
// clause. The writer's aside on the words ("…”, which drew laughter from his
// own side", "…”, which was harsh on Penhale", "…”, which she means as a
// compliment") carries none of these and is still cut by trimWhich. Nor is
// a which-clause kept after an earlier subordinate clause of the content
// ("once it was safe to enter, which could take several days", "neighbours
// who had set up a page, which had raised £2,300"), where it hangs on that
// clause, not on what was reported; and a modal counts only when the content
// before it is not itself hedged ("could travel “up to 4 km” on a spring
// tide, which would carry it past the bed" goes on guessing, as the writer).

// whichModals are the modal verbs of a reported consequence ("which could
// allow", "which would have cost").
var whichModals = words(`could would might may can will`)

// whichBlockers are subordinators that, earlier in the content, leave a
// later which-clause hanging on their clause.
var whichBlockers = words(`who whom whose once because although though while when whenever unless if since until`)

// factualWhich reports whether the which-clause r (the tokens after
// "which") of content c holds a figure, a capitalised calendar word or a
// modal verb, with no subordinator before it in c.
func (f *finder) factualWhich(c, r rng) bool {
	hedged := false
	for k := c.a; k < r.a-2; k++ {
		if f.word(k) && !f.quoted(k) {
			if whichBlockers[f.low(k)] {
				return false
			}
			hedged = hedged || whichModals[f.low(k)]
		}
	}
	for k := r.a; k < r.b; k++ {
		if !f.word(k) {
			continue
		}
		w := f.toks[k].text
		switch {
		case w != "" && w[0] >= '0' && w[0] <= '9':
			return true
		case calendarWords[f.low(k)] && isCap(w):
			return true
		case whichModals[f.low(k)] && !hedged:
			return true
		}
	}
	return false
}
