package suggest

// partnerOfNarrator resolves a "he" or "she" opening a sentence to the
// person the sentence before opened with beside the narrator: "Dani and I
// sat on the floor for twenty minutes. She said, “…”" is Dani speaking,
// the one third person of that subject, not a woman named further back.
// The person must be named, open the sentence before in the same
// paragraph, be followed by "and I", and not be of the other gender; -1
// otherwise.
func (r *resolver) partnerOfNarrator(i int, g byte) int {
	f := r.f
	return r.namedPersonOfSentenceBefore(i, g, func(c mention) bool {
		return f.sentStartTok(c.r.a) && f.low(c.r.b) == "and" && f.low(c.r.b+1) == "i" && !f.quoted(c.r.b+1)
	})
}

// namedPersonOfSentenceBefore returns, for a pronoun (mention i, gender g)
// that opens its sentence outside quotation marks, the nearest named
// person mentioned outside quotation marks in the sentence before, in the
// same paragraph, for which at(c) holds: a single person, not a body. The
// first such person whose gender is known and differs from g ends the
// search. -1 when none.
func (r *resolver) namedPersonOfSentenceBefore(i int, g byte, at func(c mention) bool) int {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || f.quoted(m.r.a) || !f.sentStartTok(m.r.a) {
		return -1
	}
	si := f.sentenceOf(m.r.a)
	if si == 0 {
		return -1
	}
	para := f.toks[m.r.a].para
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.sentenceOf(c.r.a) < si-1 || f.toks[c.r.a].para != para {
			return -1
		}
		if f.sentenceOf(c.r.a) != si-1 || c.pronoun || !c.person || c.org || c.plural || !c.named || f.quoted(c.r.a) {
			continue
		}
		if !at(c) {
			continue
		}
		gender := c.gender
		if gender == 0 {
			gender = r.genders[c.canonical]
		}
		if gender != 0 && gender != g {
			return -1
		}
		return j
	}
	return -1
}
