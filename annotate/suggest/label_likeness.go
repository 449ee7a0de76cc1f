package suggest

// This file holds the round-25 rule for a name label that is no speaker's:
// a page whose transcript labels its turns with names ("Kit:", "Rhona
// Beaton:") may open another paragraph with a capitalised word and a colon
// that only heads a line of facts ("Final: Roe bt Hale 21-19", "Venue:
// Corran Hall"). Such a line owns no turn, nor the paragraphs after it.

// speakerLikeLabel reports whether the name label from a to colon, in a
// transcript whose other name labels are in named, looks like a speaker's:
// it is used more than once (count) or has two words or more ("Sam
// Odell:"), holds a given name, a role or a title
// ("Host:", "Coach:"), shares a word with another label ("Kit" and "Kit
// Roe"), or its words name someone elsewhere on the page ("Achebe:" after
// "their coach, Desmond Achebe").
func (f *finder) speakerLikeLabel(a, colon int, named map[int]int, count map[string]int) bool {
	if count[f.labelText(rng{a, colon})] > 1 || colon-a > 1 {
		return true
	}
	for k := a; k < colon; k++ {
		w := f.low(k)
		if givenGender(f.toks[k].text) != 0 || roleNouns[w] || titleWords[w] || interviewerLabels[w] || questionerLabels[w] || roleLabelNouns[w] != nil {
			return true
		}
	}
	if f.nameElsewhere(rng{a, colon}) {
		return true
	}
	para := f.toks[colon].para
	for p, c := range named {
		if p == para {
			continue
		}
		for j := f.labelStart(c); j < c; j++ {
			for k := a; k < colon; k++ {
				if f.toks[j].text == f.toks[k].text {
					return true
				}
			}
		}
	}
	return false
}

// dropUnlikeLabels takes out of named the labels that look like no
// speaker's (speakerLikeLabel).
func (f *finder) dropUnlikeLabels(named map[int]int) {
	count := map[string]int{}
	for _, colon := range named {
		count[f.labelText(rng{f.labelStart(colon), colon})]++
	}
	var drop []int
	for p, colon := range named {
		if !f.speakerLikeLabel(f.labelStart(colon), colon, named, count) {
			drop = append(drop, p)
		}
	}
	for _, p := range drop {
		delete(named, p)
	}
}
