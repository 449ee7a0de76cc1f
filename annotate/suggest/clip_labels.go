package suggest

// This file holds the round-27 rule for a bulletin's clip line: a radio
// or TV page marks each recorded clip with one word in capitals and a
// colon, and names the voice after it before the quotation ("CLIP: Ann
// Roe, Mill Lane Residents: “…”", "AUDIO: Dr Sam Hale: “…”"). The word
// marks the line, not a speaker: it owns no turn, nor the newsreader's
// paragraphs after it; the quotation is the named voice's.

// clipLabel reports whether the one-word capitals label ending at colon
// heads a clip line: a name of capitalised words, perhaps a comma and
// who they are, then a second colon in the same paragraph straight before
// a quotation mark.
func (f *finder) clipLabel(colon int) bool {
	para := f.toks[colon].para
	if f.labelStart(colon) != colon-1 {
		return false
	}
	k := colon + 1
	if k >= len(f.toks) || f.toks[k].para != para || !f.word(k) || !isCap(f.toks[k].text) || capitals(f.toks[k].text) && len(f.toks[k].text) > 1 {
		return false
	}
	for j := k; j < k+14 && j+1 < len(f.toks) && f.toks[j].para == para; j++ {
		switch {
		case f.is(j, ":"):
			return j > k && f.toks[j+1].kind == tQuote && f.toks[j+1].para == para
		case f.toks[j].kind == tQuote, f.is(j, "."), f.word(j) && !isCap(f.toks[j].text) && !functionWords[f.low(j)]:
			return false
		}
	}
	return false
}

// dropClipLabels takes the clip lines' labels (clipLabel) out of a page's
// transcript labels.
func (f *finder) dropClipLabels(labels map[int]int) {
	for p, colon := range labels {
		if f.clipLabel(colon) {
			delete(labels, p)
		}
	}
}

// afterClipLabel is where the words of the sentence opening at t0 begin
// once a clip line's label (clipLabel) is passed: the voice's name.
func (f *finder) afterClipLabel(t0 int) int {
	if t0+2 < len(f.toks) && f.is(t0+1, ":") && capitals(f.toks[t0].text) && f.clipLabel(t0+1) {
		return t0 + 2
	}
	return t0
}
