package suggest

// relativeThatSubject reads a sentence's subject that is a description
// with a restrictive relative clause on "that" or "which" ending in a name
// right before the cue ("The driver of the bus that left the road at
// Kell Bridge last May told …", "The firm which built the school in
// Harlow said …"): who speaks is the description before the relative
// word, opening the sentence at lo, not the place or name closing the
// clause. i is the last token before the cue and its adjuncts.
func (x *text) relativeThatSubject(i, lo int) (int, int, bool) {
	// the clause ends in a name after a preposition ("at Kell Bridge")
	if !x.nameWord(i) {
		return 0, 0, false
	}
	if p := x.low(i - x.nameRun(i)); !phraseLinks[p] && p != "on" && p != "near" {
		return 0, 0, false
	}
	for m := i - 1; m > lo && m > i-12; m-- {
		if x.quoted(m) || !x.word(m) {
			return 0, 0, false
		}
		if w := x.low(m); w != "that" && w != "which" {
			continue
		}
		a, b, ok := x.speakerAt(m-1, lo)
		if !ok {
			a, b, ok = x.commonNounPhrase(m-1, lo)
		}
		if !ok || pronouns[x.low(a)] {
			return 0, 0, false
		}
		// "The driver of the bus": the role the "of" phrase hangs on
		if a > lo+1 && phraseLinks[x.low(a-1)] {
			if ha, _, ok := x.commonNounPhrase(a-2, lo); ok {
				a = ha
			}
		}
		if a != lo || !isDeterminer(x.low(a)) {
			return 0, 0, false
		}
		return a, b, true
	}
	return 0, 0, false
}

// nameRun is the number of capitalised name words ending at token i.
func (x *text) nameRun(i int) int {
	n := 0
	for i-n >= 0 && x.nameWord(i-n) && x.toks[i-n].para == x.toks[i].para {
		n++
	}
	return n
}
