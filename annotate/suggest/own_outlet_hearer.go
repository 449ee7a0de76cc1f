package suggest

// ownOutletHearer parses the newspaper's own name for itself as the hearer
// of a tell-class cue ("told this newspaper he had …", "told this paper
// that …", "told this website"): "this" with a noun of paperNouns or
// ownOutletNouns names no content, so the statement starts after it. A
// "this" before any other noun ("told this story", "told this week") is
// left to the rest of the parse.
func (x *text) ownOutletHearer(i, hi int) (int, int, bool) {
	if i+1 >= hi || x.low(i) != "this" || x.quoted(i) || x.quoted(i+1) || !x.word(i+1) || isCap(x.toks[i+1].text) {
		return 0, 0, false
	}
	if w := x.low(i + 1); !paperNouns[w] && !ownOutletNouns[w] {
		return 0, 0, false
	}
	return i, i + 2, true
}

// ownOutletNouns are the other nouns a publication calls itself by after
// "this".
var ownOutletNouns = words(`newspaper publication website site magazine outlet reporter correspondent programme program station`)
