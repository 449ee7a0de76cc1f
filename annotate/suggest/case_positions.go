package suggest

// This file indexes where each word written in lower case stands, apart
// from indexCase: only the search for a fuller description of a mention
// asks, and most documents never do, so the index (a list of positions a
// word) is made on the first question rather than with the rest.

// lowerPositions lists the tokens, in order, of the word w written in
// lower case (a word isCap does not report).
func (r *resolver) lowerPositions(w string) []int {
	if r.lowerPos == nil {
		f := r.f
		r.lowerPos = make(map[string][]int, len(f.toks)/8) // distinct lower-case words, about
		for k, t := range f.toks {
			if t.kind == tWord && !isCap(t.text) {
				r.lowerPos[t.text] = append(r.lowerPos[t.text], k)
			}
		}
	}
	return r.lowerPos[w]
}
