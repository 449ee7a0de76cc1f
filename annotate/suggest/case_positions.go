package suggest

// This file answers where a word written in lower case stands: only the
// search for a fuller description of a mention asks, for a few heads a
// document, so each word asked is found by one pass over the tokens and
// remembered, rather than every lower-case word of the document indexed
// (a list of positions a word) for the few asked.

// lowerPositions lists the tokens, in order, of the word w written in
// lower case (a word isCap does not report).
func (r *resolver) lowerPositions(w string) []int {
	if pos, ok := r.lowerPos[w]; ok {
		return pos
	}
	if r.lowerPos == nil {
		r.lowerPos = map[string][]int{}
	}
	var pos []int
	for k, t := range r.f.toks {
		if t.text == w && t.kind == tWord && !isCap(t.text) {
			pos = append(pos, k)
		}
	}
	r.lowerPos[w] = pos
	return pos
}
