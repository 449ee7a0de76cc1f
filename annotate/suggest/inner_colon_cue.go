package suggest

// This file gives a quotation handed over by a colon inside another
// quotation its cue when a hearer and a time stand between the cue and the
// colon ("My husband said to me this morning: ›…‹", "She told us last
// night: ‘…’"), which colonInnerCue, reading only a hearer, leaves out.

// deicticTime opens a time adjunct without a preposition: "this
// morning", "last night", "that evening".
var deicticTime = words(`this that last next`)

// colonInnerCueAcrossTime looks back from the colon at k-1 for a cue
// followed by an optional pronoun hearer ("to me", "us") and a time ("this
// morning", "on Sunday", "yesterday") and nothing else; it sets a's cue.
func (f *finder) colonInnerCueAcrossTime(a *attribution, k int) {
	colon := k - 1
	for c := colon - 1; c >= a.speaker.b && c >= colon-7; c-- {
		cw, ok, inf := f.cueAt(c, a.speaker.b)
		if !ok || inf || f.usedCue[c] {
			continue
		}
		j := c + 1
		if f.low(j) == "to" {
			j++
		}
		if colonHearers[f.low(j)] {
			j++
		}
		if deicticTime[f.low(j)] && timeWords[f.low(j+1)] {
			j += 2
		}
		if f.skipAdjunctAfter(j, colon) != colon {
			return
		}
		a.cue, a.cueLemma = f.cueRange(c), cw.lemma
		f.usedCue[c] = true
		return
	}
}

// colonHearers are hearers a cue may take before a colon: "told us:".
var colonHearers = words(`me us him her them you`)
