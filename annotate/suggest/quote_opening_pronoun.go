package suggest

// This file resolves a "he" or "she" that speaks at the very start of a
// quotation opening its paragraph, where the person was brought in by the
// same speaker in the paragraph before: "Her neighbour had knocked on her
// door, she said. ¶ “He said, ‘Go now,’ and I went,” Ann Lee said." (the
// neighbour). The quotation itself names no one before the pronoun, so the lookups confined to it found nothing, and the
// fallbacks gave the pronoun to the nearest named man of the story.

// pronounOpeningQuote returns, for "he" or "she" (mention i, gender g)
// speaking inside a direct quotation that opens its paragraph with no
// person before the pronoun, the role the quoting speaker's statement in
// the paragraph before brought in by "my", "our", "her" or "his", when that
// paragraph gives the role no name; "" when that paragraph is not the same
// speaker's or brings no one in.
func (r *resolver) pronounOpeningQuote(i int, g byte) string {
	f := r.f
	m := r.mentions[i]
	outer, ok := r.outerAttribution(i)
	if !ok {
		return ""
	}
	if !outer.direct || m.r.a < outer.content.a || m.r.a >= outer.content.b {
		return ""
	}
	para := f.toks[m.r.a].para
	start := outer.content.a
	if start > 0 && f.toks[start-1].para == para && f.toks[start-1].kind != tQuote {
		return "" // the quotation does not open its paragraph
	}
	for k := start; k < m.r.a; k++ {
		if f.word(k) && (isCap(f.toks[k].text) && f.low(k) != "i" || f.personIntroduced(k, g) != "") {
			return "" // someone comes before the pronoun in the quotation
		}
	}
	q := r.quoter(i)
	if o, ok := r.bySpeaker[outer.inherit]; q == "" && outer.inherit >= 0 && ok {
		q = r.mentions[o].canonical // a floating quotation, its speaker the one before
	}
	if q == "" || !r.speaksInPara(q, para-1) {
		return ""
	}
	for k := start - 1; k > 0 && f.toks[k].para == para-1; k-- {
		if !f.word(k) {
			continue
		}
		if role := f.personIntroduced(k, g); role != "" && !r.roleNamedInPara(para-1, role) {
			return role
		}
		if role := f.ownersRole(k, g); role != "" && !r.roleNamedInPara(para-1, role) {
			return role
		}
	}
	return ""
}

// speaksInPara reports whether a statement of paragraph p has the
// canonical speaker q.
func (r *resolver) speaksInPara(q string, p int) bool {
	f := r.f
	for _, c := range r.mentions {
		if c.att >= 0 && c.canonical == q && f.toks[c.r.a].para == p {
			return true
		}
	}
	return false
}

// roleNamedInPara reports whether paragraph p gives the role w a name in
// apposition ("whose mother, Grace, died …. Her mother had reported …":
// the role is then that named person, whom other rules find).
func (r *resolver) roleNamedInPara(p int, w string) bool {
	f := r.f
	for k := 0; k+2 < len(f.toks); k++ {
		if f.toks[k].para == p && f.word(k) && f.low(k) == w && f.is(k+1, ",") && f.word(k+2) && isCap(f.toks[k+2].text) {
			return true
		}
	}
	return false
}

// ownersRole returns the role when token k ends "her" or "his" and a
// singular noun of a person who is no relative of another gender than g,
// outside quotation marks ("Her neighbour had knocked on her door, she
// said"); "" otherwise.
func (f *finder) ownersRole(k int, g byte) string {
	w := f.low(k)
	if f.quoted(k) || !f.word(k-1) || w != singular(w) || isCap(f.toks[k].text) {
		return ""
	}
	if d := f.low(k - 1); d != "her" && d != "his" {
		return ""
	}
	if kg := kinGender(w); kg != 0 && kg != g {
		return ""
	}
	if f.word(k+1) && isCap(f.toks[k+1].text) || f.is(k+1, ",") {
		return "" // "her neighbour, Ann Lowe,": one named is no role
	}
	if !f.personNoun(w) || orgHeads[w] || len(bodyKindsOf[w]) > 0 {
		return ""
	}
	return w
}
