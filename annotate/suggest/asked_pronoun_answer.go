package suggest

// This file holds the rule for an answer after a question put to a
// pronoun: "Marsh asked him whether the protest would change anything.
// “Probably not,” he said." The one who answers is the one asked ("him"),
// never the asker named just before, whoever the nearest name is.

// askedPronounAnswer resolves a speaking "he" or "she" (gender g) of
// mention i, in the sentence after one where a named person asked "him"
// or "her" of the same gender, to the person the question was put to: the
// nearest person named before the asker who is not the asker. It returns
// -1 when the sentence before asks no such pronoun or no one else was
// named.
func (r *resolver) askedPronounAnswer(i int, g byte) int {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || f.quoted(m.r.a) {
		return -1
	}
	si := f.sentenceOf(m.r.a)
	if si <= 0 || f.sents[si-1].para != f.sents[si].para {
		return -1
	}
	obj := "him"
	if g == 'f' {
		obj = "her"
	}
	prev := f.sents[si-1]
	asker := -1
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.r.a < prev.t0 {
			break
		}
		if c.r.b < prev.t1 && f.low(c.r.b) == "asked" && f.low(c.r.b+1) == obj && !c.pronoun && c.person && !c.org && !c.plural && c.canonical != "" && !f.quoted(c.r.a) {
			asker = j
			break
		}
	}
	if asker < 0 {
		return -1
	}
	// one whose gender is known to be the pronoun's first ("Reid-Baxter,
	// speaking to the presenter Fenella Marsh, said on the Morning Show"),
	// then one whose gender is unknown
	for _, known := range []bool{true, false} {
		for j := asker - 1; j >= 0; j-- {
			c := r.mentions[j]
			if c.pronoun || !c.person || c.org || c.plural || c.canonical == "" || c.canonical == r.mentions[asker].canonical || f.quoted(c.r.a) {
				continue
			}
			gender := c.gender
			if gender == 0 {
				gender = r.genders[c.canonical]
			}
			if gender == g || !known && gender == 0 {
				return j
			}
		}
	}
	return -1
}
