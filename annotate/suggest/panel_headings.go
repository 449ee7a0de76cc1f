package suggest

// This file reads a panel of interviews set under name headings, as a
// candidates' Q&A is: a heading that is a person's name, perhaps with a
// party or a role in brackets ("Ann Roe (Labour)"), then the questions and
// that person's unquoted answers. The answers are the heading's person's,
// not the name the introduction repeats most; the heading itself says
// nothing, and under such headings an answer runs over a second paragraph
// only in the first person (a credit line after the last answer is the
// paper's).

// nameHeading reports whether paragraph p is a name heading: two to four
// capitalised words, an optional bracketed aside of up to four words
// after them and nothing else, with an interview's question set apart
// right under it. It returns the name's token range.
func (f *finder) nameHeading(p int) (rng, bool) {
	if p+1 >= len(f.paraZone) || f.paraZone[p] != "body" || !f.interviewQuestion(p+1) {
		return rng{}, false
	}
	name, _, ok := f.bracketedName(f.paraToks(p))
	return name, ok
}

// bracketedName reads the paragraph tokens t as a heading's name: two to
// four capitalised words, then nothing or a bracketed aside of one to four
// words ("Ann Roe (Labour)") and nothing else. It returns the name's token
// range and whether the aside is there.
func (f *finder) bracketedName(t rng) (rng, bool, bool) {
	if t.empty() {
		return rng{}, false, false
	}
	k := t.a
	for k < t.b && f.word(k) && isCap(f.toks[k].text) && !isDeterminer(f.low(k)) && f.toks[k].quote < 0 {
		k++
	}
	name := rng{t.a, k}
	if n := name.b - name.a; n < 2 || n > 4 {
		return rng{}, false, false
	}
	if k < t.b {
		if !f.is(k, "(") || !f.is(t.b-1, ")") || t.b-k-2 < 1 || t.b-k-2 > 4 {
			return rng{}, false, false
		}
		for j := k + 1; j < t.b-1; j++ {
			if !f.word(j) {
				return rng{}, false, false
			}
		}
	}
	return name, k < t.b, true
}

// nameHeadings returns the name range of every name heading, by paragraph.
func (f *finder) nameHeadings() map[int]rng {
	var hs map[int]rng
	for p := range f.paraZone {
		if r, ok := f.nameHeading(p); ok {
			if hs == nil {
				hs = map[int]rng{}
			}
			hs[p] = r
		}
	}
	return hs
}

// panelAnswerGoesOn reports whether paragraph q can go on the answer of
// the n paragraphs before it in a panel with name headings hs: never a
// heading, and past the first paragraph only one in the first person.
func (f *finder) panelAnswerGoesOn(hs map[int]rng, q, n int) bool {
	if hs == nil {
		return true
	}
	if _, ok := hs[q]; ok {
		return false
	}
	return n == 0 || f.firstPersonPara(q)
}

// headingInterviewee returns the mention of the name heading nearest
// before token k with only an interview's questions and answers between
// them, or -1.
func (r *resolver) headingInterviewee(k int) int {
	f := r.f
	if k <= 0 || k >= len(f.toks) {
		return -1
	}
	answers := map[int]bool{}
	for _, a := range f.atts {
		if a.pattern == patternAnswer && !a.dropped && !a.content.empty() {
			answers[f.toks[a.content.a].para] = true
		}
	}
	for p := f.toks[k].para; p >= 0; p-- {
		name, ok := f.nameHeading(p)
		if !ok {
			if !answers[p] && !f.interviewQuestion(p) {
				return -1
			}
			continue
		}
		for i, c := range r.mentions {
			if !c.pronoun && c.r.a >= name.a && c.r.b <= name.b && c.canonical != "" {
				return i
			}
		}
		return -1
	}
	return -1
}
