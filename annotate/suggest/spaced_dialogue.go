package suggest

// Translated wires print dialogue dashes with a space after them, as English
// sets a dash: "— We have lost everything, — said the mayor." or "the
// general replied: — Not yet. We will decide at six." A line so opened runs
// to its frame's dash or to the paragraph's end. It is speech only with a
// frame of its own (a dash, then a cue and a speaker), after a speech verb
// and a colon, or, framed by nothing, as a turn in the first person after a
// paragraph whose speaker it answers for. A dash set between two parts of a
// sentence ("The plan — drawn up in May — was dropped") opens nothing, and a
// list's dash bullets ("— Grey bins go fortnightly") speak in no one's voice.

// spacedDash reports a dash at token j followed, after a space, by a
// capitalised word in its paragraph: a line's opening dash.
func spacedDash(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].text != "—" || toks[j].kind == tWord || toks[j+1].para != toks[j].para || toks[j+1].start == toks[j].end {
		return false
	}
	n := toks[j+1]
	return n.kind == tWord && isCap(n.text)
}

// spacedDialogue reads the line a spaced dialogue dash opens in sentence si:
// at its paragraph's start, or after a speech verb and a colon. It returns
// the line's attribution and the token after the paragraph, so that what
// the line reports is nested in it.
func (f *finder) spacedDialogue(si int) (int, int, bool) {
	s := f.sents[si]
	if f.paraZone[s.para] != "body" {
		return 0, 0, false
	}
	// the paragraph's end is sought only for a dash: this is asked of
	// every sentence, and most have none
	if spacedDash(f.toks, s.t0) && !f.quoted(s.t0) && (s.t0 == 0 || f.toks[s.t0-1].para != f.toks[s.t0].para) {
		n := len(f.atts)
		pend := f.paraEndTok(s.t0)
		f.spacedLine(si, s.t0, pend)
		return n, pend, len(f.atts) > n
	}
	for k := s.t0 + 2; k < s.t1; k++ {
		if !spacedDash(f.toks, k) || f.quoted(k) || !f.is(k-1, ":") {
			continue
		}
		cw, ok, inf := f.cueAt(k-2, s.t0)
		if !ok || inf {
			return 0, 0, false
		}
		sa, sb, ok := f.speakerBefore(k-2, s.t0)
		if !ok {
			return 0, 0, false
		}
		pend := f.paraEndTok(s.t0)
		n := f.add(attribution{sent: si, content: rng{k, pend}, speaker: rng{sa, sb}, cue: f.cueRange(k - 2), cueLemma: cw.lemma,
			pattern: "D2", direct: true, conf: 0.75, priority: prioDirect})
		return n, pend, true
	}
	return 0, 0, false
}

// spacedLine reads a paragraph opened by a spaced dash at token a: a frame
// after it ("…, — said the mayor") gives the line its speaker and cue; with
// none, a line in the first person is a turn of the last speaker.
func (f *finder) spacedLine(si, a, pend int) {
	for k := a + 2; k+1 < pend; k++ {
		if f.quoted(k) || !f.is(k, "—") || !f.word(k+1) || isCap(f.toks[k+1].text) {
			continue
		}
		if !f.is(k-1, ",") && !f.is(k-1, ".") {
			return // a dash inside the line: "— The plan — drawn up in May — …"
		}
		fe := k + 2
		for fe < pend && !f.is(fe, "—") && !f.is(fe, ".") {
			fe++
		}
		cw, ok, inf := f.cueAt(k+1, k+1)
		if !ok || inf {
			return
		}
		sa, sb, ok := f.phraseAfter(k+2, fe)
		if !ok {
			return
		}
		f.add(attribution{sent: si, content: rng{a, k}, speaker: rng{sa, sb}, cue: rng{k + 1, k + 2}, cueLemma: cw.lemma,
			pattern: "D1", direct: true, conf: 0.75, priority: prioDirect})
		return
	}
	if f.firstPersonPara(f.toks[a].para) {
		f.floatingLine(si, rng{a, pend})
	}
}

// paraEndTok returns the token after the paragraph holding token t.
func (f *finder) paraEndTok(t int) int {
	e := t
	for e < len(f.toks) && f.toks[e].para == f.toks[t].para {
		e++
	}
	return e
}
