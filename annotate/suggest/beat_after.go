package suggest

// beatAfter returns the subject of an action told right after a
// quotation that opens its paragraph and has no cue ("‘Hold on.’
// Calloway eased the throttle."): a name of up to three capitalised
// words that opens the next sentence of the paragraph, followed by a verb
// in lower case that is no cue, and that has spoken before in the
// article (its last word in an earlier speaker's words). A place or a
// thing named there ("‘…’ Harlow Quay was quiet.") has not spoken, and
// the quotation keeps the speaker of the one before.
func (f *finder) beatAfter(si int, q quotation) (int, int, bool) {
	s := f.sents[si]
	if q.t0 != s.t0 || si > 0 && f.sents[si-1].para == s.para || si+1 >= len(f.sents) || f.sents[si+1].para != s.para {
		return 0, 0, false
	}
	a := f.sents[si+1].t0
	k := a
	for k < f.sents[si+1].t1 && k < a+3 && f.word(k) && !f.quoted(k) && isCap(f.toks[k].text) && !sentenceOpeners[f.low(k)] && !functionWords[f.low(k)] && !pronouns[f.low(k)] {
		k++
	}
	if k == a || !f.word(k) || isCap(f.toks[k].text) || f.quoted(k) {
		return 0, 0, false
	}
	if _, cue := cueWords[f.low(k)]; cue {
		return 0, 0, false
	}
	last := f.toks[k-1].text
	for _, at := range f.atts {
		if at.speaker.empty() || at.speaker.b > q.t0 {
			continue
		}
		for t := at.speaker.a; t < at.speaker.b; t++ {
			if f.toks[t].text == last {
				return a, k, true
			}
		}
	}
	return 0, 0, false
}
