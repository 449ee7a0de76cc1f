package suggest

import "strings"

// This file holds the round-28 rules for a conference call's transcript
// (a results call, an investor call): an "Operator:" line that hands the
// line to a caller ("Our next question comes from Ann Roe with Bay
// Capital. Your line is open.") marks the call. The operator only moderates,
// and the callers it hands the line to only ask: neither's turns are
// statements. What a caller's question reports stays.

// dropConferenceCallTurns drops the operator's turns of a conference
// call, and the turns of the callers it hands the line to that end in a
// question.
func (f *finder) dropConferenceCallTurns() {
	labelOf := make([]string, len(f.atts))
	operator := false
	for i := range f.atts {
		if a := &f.atts[i]; a.pattern == "T" && !a.content.empty() {
			labelOf[i] = f.turnLabelText(a)
		}
	}
	askers := map[string]bool{}
	for i, l := range labelOf {
		if !strings.EqualFold(l, "operator") {
			continue
		}
		content := strings.ToLower(string(f.runes[f.toks[f.atts[i].content.a].start:f.toks[f.atts[i].content.b-1].end]))
		if !strings.Contains(content, "question") {
			continue
		}
		for _, other := range labelOf {
			if other != "" && !strings.EqualFold(other, "operator") && strings.Contains(content, "from "+strings.ToLower(other)) {
				askers[other], operator = true, true
			}
		}
	}
	if !operator {
		return
	}
	for i, l := range labelOf {
		a := &f.atts[i]
		if l == "" || a.dropped || !strings.EqualFold(l, "operator") && !(askers[l] && f.endsAsking(a.content)) {
			continue
		}
		a.dropped = true // before the callee's statements are added beside it
		if !strings.EqualFold(l, "operator") {
			f.reportedToCallee(i)
		}
		f.dropTurn(i)
	}
}

// turnLabelText is the label of transcript turn a ("Ann Roe" of "Ann Roe:
// …"), or its speaker's words for a paragraph going on with a turn.
func (f *finder) turnLabelText(a *attribution) string {
	return f.labelText(f.turnLabel(a))
}

// turnLabel is the label of transcript turn a before its colon, or its
// speaker for a paragraph going on with a turn.
func (f *finder) turnLabel(a *attribution) rng {
	if label := (rng{f.sents[a.sent].t0, a.content.a - 1}); f.is(label.b, ":") {
		return label
	}
	return a.speaker
}

// dropTurn drops attribution i; what was nested in it stands alone.
func (f *finder) dropTurn(i int) {
	f.atts[i].dropped = true
	for k := range f.atts {
		if f.atts[k].nestedIn == i {
			f.atts[k].nestedIn = -1
		}
	}
}

// endsAsking reports the tokens of r ending in a question mark, perhaps
// inside closing quotes.
func (f *finder) endsAsking(r rng) bool {
	b := r.b
	for b > r.a && f.toks[b-1].kind == tQuote {
		b--
	}
	return b > r.a && f.is(b-1, "?")
}

// reportedToCallee reads, in caller's question i turning to the one asked
// by name ("Ann, you told us in May that the book was full. What
// changed?"), what the question reports "you" said: a statement of the
// one asked, named by the vocative, the question itself none.
func (f *finder) reportedToCallee(i int) {
	a := f.atts[i]
	vb, ok := f.vocativeAt(a.content.a)
	if !ok {
		return
	}
	for k := a.content.a + 2; k+1 < a.content.b; k++ {
		if f.low(k) != "you" || f.quoted(k) {
			continue
		}
		cw, ok, inf := f.cueAt(k+1, k)
		if !ok || inf || cw.lemma == "ask" || cw.class == cueDemand || f.usedCue[k+1] {
			continue
		}
		s := f.sents[f.sentOfTok(k)]
		end := f.sentEnd(s)
		if f.endsAsking(rng{s.t0, s.t1}) {
			continue // "Did you tell us that …?": a question
		}
		b := attribution{sent: f.sentOfTok(k), speaker: rng{a.content.a, vb}, cue: f.cueRange(k + 1), cueLemma: cw.lemma, pattern: "I1", priority: prioIndirect}
		if !f.indirectContent(&b, k+2, end, cw) || b.content.empty() {
			continue
		}
		f.add(b)
	}
}

// vocativeAt reports a turn opening at token k with a name and a comma
// turning to its hearer ("Ann, …", "Ann Roe, …"), and the comma.
func (f *finder) vocativeAt(k int) (int, bool) {
	j := k
	for j < k+3 && f.word(j) && !f.quoted(j) && isCap(f.toks[j].text) && !functionWords[f.low(j)] && !sentenceOpeners[f.low(j)] {
		j++
	}
	return j, j > k && f.is(j, ",")
}
