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
		if !f.sentStartTok(c.r.a) || f.low(c.r.b) != "and" || f.low(c.r.b+1) != "i" || f.quoted(c.r.b+1) {
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
