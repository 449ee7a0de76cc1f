package suggest

// afterFrontedAdjunct reports whether "according to" at token i follows a
// short fronted adjunct and its comma ("Since then, according to …,",
// "Last year, according to …,"): it still opens the sentence's frame.
func (f *finder) afterFrontedAdjunct(s sentence, i int) bool {
	if !f.is(i-1, ",") || i-1-s.t0 < 1 || i-1-s.t0 > 4 {
		return false
	}
	// an adjunct opens with a preposition or a word of time; "Three boats
	// sank, according to …" is the content itself
	if w := f.low(s.t0); !adjunctPreps[w] && !contentPreps[w] && !subordinators[w] && !timeAdverbs[w] && !calendarWords[w] {
		return false
	}
	for k := s.t0; k < i-1; k++ {
		if !f.word(k) || f.quoted(k) || clauseVerbs[f.low(k)] {
			return false
		}
	}
	return true
}

// documentBeforeComma reports whether the phrase from token j to the next
// comma names a document with no determiner ("state birth records analyzed
// by the Ledger,").
func (f *finder) documentBeforeComma(j, end int) bool {
	for k := j; k < end && k < j+10; k++ {
		if f.is(k, ",") {
			return false
		}
		if !f.word(k) || f.quoted(k) || clauseVerbs[f.low(k)] {
			return false
		}
		if documentNouns[f.low(k)] {
			return true
		}
	}
	return false
}

// frontedSourceWords is how many tokens a source opening its sentence with
// "According to" may run before its comma ("According to minutes of a
// board meeting in May seen by this paper, …": thirteen).
const frontedSourceWords = 14
