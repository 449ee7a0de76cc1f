package suggest

// This file reads a transcript whose turns are labelled with a letter and a
// period, as depositions and court transcripts print them: "Q. What time
// did you arrive?" (the examining lawyer's question) and "A. About five."
// (the witness's answer). The questions are no statements; each answer is
// one statement of the witness, starting after its label, read by the
// interview machinery (findInterview, interviewAnswer, resolveInterviewees).
// A lone "A. Patel said …" or "Q. Smith & Sons said …" is an initial, not a
// label: only a question followed straight by an answer makes a turn.

// dottedTurns finds the paragraphs of the body that open with a "Q." or
// "A." label followed by a space, when at least two "Q." paragraphs are
// each followed straight by an "A." paragraph; it returns, per paragraph of
// those pairs, its letter ('Q' or 'A'), or nil.
func dottedTurns(x *text) map[int]byte {
	open := map[int]byte{}
	for si, s := range x.sents {
		if si > 0 && x.sents[si-1].para == s.para || s.para >= len(x.paraZone) || x.paraZone[s.para] != "body" {
			continue
		}
		k := s.t0
		if !x.word(k) || !qaLabel(x.toks[k].text) || !x.is(k+1, ".") || !x.glued(k+1) ||
			!x.word(k+2) || x.toks[k+2].para != s.para || x.glued(k+2) {
			continue
		}
		open[s.para] = x.toks[k].text[0]
	}
	turns, pairs := map[int]byte{}, 0
	for p, l := range open {
		if l == 'Q' && open[p+1] == 'A' {
			turns[p], turns[p+1] = 'Q', 'A'
			pairs++
		}
	}
	if pairs < 2 {
		return nil
	}
	return turns
}

// dottedLabel reports whether token i is the letter or the period of a
// "Q." or "A." turn label (dottedTurns): no part of a name.
func (x *text) dottedLabel(i int) bool {
	if len(x.qaDots) == 0 || i < 0 || i >= len(x.toks) {
		return false
	}
	if x.is(i, ".") {
		i--
	}
	if i < 0 || !x.word(i) || x.qaDots[x.toks[i].para] == 0 {
		return false
	}
	return i == 0 || x.toks[i-1].para != x.toks[i].para
}

// dottedInterview returns the questions and answers of a dotted
// transcript (dottedTurns) as an interview's, or nil; paragraphs read as
// labelled transcript lines or block paragraphs are left to those rules.
func (f *finder) dottedInterview(labels map[int]int, blocks map[int]blockFrame) interviewParas {
	if len(f.qaDots) == 0 {
		return nil
	}
	paras := interviewParas{}
	for p, l := range f.qaDots {
		_, lab := labels[p]
		_, blk := blocks[p]
		if !lab && !blk {
			paras[p] = l == 'A'
		}
	}
	return paras
}

// answerStart is the first token of an interview answer's content in
// paragraph range t: after its "A." label, if any.
func (f *finder) answerStart(t rng) int {
	if f.dottedLabel(t.a) && t.a+2 < t.b {
		return t.a + 2
	}
	return t.a
}

// answerI reports whether token i is an "I" of a dotted transcript's
// answer, outside any quotation, that reports her own words in a quotation
// opening a few words on ("I told him, “…”", "I shouted, “…”"): the
// witness. What she says she told someone in her own words ("I told the
// officer I saw it") stays hers, the answer's.
func (x *text) answerI(i int) bool {
	if len(x.qaDots) == 0 || !x.word(i) || x.quoted(i) || x.toks[i].text != "I" || x.qaDots[x.toks[i].para] != 'A' {
		return false
	}
	for k := i + 1; k < len(x.toks) && k <= i+6 && x.toks[k].para == x.toks[i].para; k++ {
		if x.toks[k].kind == tQuote {
			return true
		}
		if x.is(k, ".") || x.is(k, "?") || x.is(k, "!") {
			return false
		}
	}
	return false
}

// resolveAnswerVoices gives the speakers of what a dotted transcript's
// answer reports their people: "I" is the witness who answers; a "he" or
// "she" opening the answer is the one person the question just before
// names ("Q. What did Mr. Roe say? A. He said, “…”"), when it names one
// other than the witness.
func (r *resolver) resolveAnswerVoices() {
	f := r.f
	if len(f.qaDots) == 0 {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || m.r.b-m.r.a != 1 || f.qaDots[f.toks[m.r.a].para] != 'A' {
			continue
		}
		outer := f.atts[m.att].nestedIn
		if outer < 0 || f.atts[outer].pattern != patternAnswer {
			continue
		}
		who, ok := r.bySpeaker[outer]
		if !ok || who < 0 {
			continue
		}
		switch {
		case f.toks[m.r.a].text == "I":
			w := r.mentions[who]
			m.antecedent, m.canonical, m.person, m.named, m.pronoun = who, w.canonical, true, false, true
		case m.pronoun && (f.low(m.r.a) == "he" || f.low(m.r.a) == "she") && m.r.a == f.answerStart(f.paraToks(f.toks[m.r.a].para)):
			if j := r.namedInQuestion(f.toks[m.r.a].para-1, r.mentions[who].canonical, m.gender); j >= 0 {
				m.antecedent, m.canonical = j, r.mentions[j].canonical
			}
		}
	}
}

// namedInQuestion returns the mention of the one person other than the
// witness named in the dotted question at paragraph p, of a gender that
// does not clash with g, or -1.
func (r *resolver) namedInQuestion(p int, witness string, g byte) int {
	f := r.f
	if f.qaDots[p] != 'Q' {
		return -1
	}
	found, name := -1, ""
	for j, c := range r.mentions {
		if f.toks[c.r.a].para != p || c.pronoun || c.plural || c.org || c.doc || c.canonical == "" || c.canonical == witness {
			continue
		}
		if cg := r.genders[c.canonical]; g != 0 && cg != 0 && cg != g {
			continue
		}
		if name != "" && name != c.canonical {
			return -1
		}
		found, name = j, c.canonical
	}
	return found
}
