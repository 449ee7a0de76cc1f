package suggest

// dropSpeakerOverCue drops, among the attributions from first on, one
// whose speaker phrase runs over another frame's cue ("The Growers' Union
// said the figures showed that …" read with "Union said the figures" as
// the subject of "showed"): a speaker never holds a verb of saying that
// already frames a statement, and the outer frame reads the clause.
func (f *finder) dropSpeakerOverCue(first int) {
	for i := first; i < len(f.atts); i++ {
		a := &f.atts[i]
		if a.dropped || a.speaker.empty() {
			continue
		}
		for k := a.speaker.a; k < a.speaker.b; k++ {
			if f.usedCue[k] && !f.quoted(k) && !a.cue.contains(k) && f.cueOfOther(i, first, k) {
				a.dropped = true
				break
			}
		}
	}
}

// cueOfOther reports whether token k ends the cue of an attribution from
// first on other than i.
func (f *finder) cueOfOther(i, first, k int) bool {
	for j := first; j < len(f.atts); j++ {
		if j != i && !f.atts[j].dropped && f.atts[j].cue.b-1 == k {
			return true
		}
	}
	return false
}
