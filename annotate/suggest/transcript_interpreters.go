package suggest

import "sort"

// This file holds the round-15 rules for a press conference's transcript:
// marks of what happened in the room instead of words ("[speaks in
// Portuguese]", "(crosstalk)", "[laughter]"), question lines labelled with
// an outlet ("Q (Harbour Radio): …") and the turns of an interpreter, whose
// words are those of the person she interprets.

// interpreterLabels open the label of someone translating another speaker.
var interpreterLabels = words(`interpreter translator`)

// reactionMarks are the room's reactions that end a statement inside a turn
// ("… which he does not recommend. [laughter] Age is …"); a mark of what
// the transcriber missed ("[inaudible]") stays inside its statement.
var reactionMarks = words(`laughter laughs laughing applause cheers cheering jeers jeering boos booing`)

// bracketedMark reads a mark in square brackets or parentheses opening at
// token k, inside one paragraph and of at most six words ("[speaks in
// Portuguese]", "(crosstalk)"); it returns the token after the closing
// bracket and the mark's first word in lower case.
func (f *finder) bracketedMark(k int) (int, string, bool) {
	closing := ""
	switch {
	case f.is(k, "["):
		closing = "]"
	case f.is(k, "("):
		closing = ")"
	default:
		return 0, "", false
	}
	for j := k + 1; j < len(f.toks) && j <= k+7 && f.toks[j].para == f.toks[k].para; j++ {
		if f.is(j, closing) {
			if j == k+1 || !f.word(k+1) {
				return 0, "", false
			}
			return j + 1, f.low(k + 1), true
		}
		if !f.word(j) || f.quoted(j) {
			return 0, "", false
		}
	}
	return 0, "", false
}

// marksOnly reports whether r holds nothing but bracketed marks: a turn
// that carries no words ("TOMÁS: [speaks in Portuguese]") or a line of its
// own ("(crosstalk)").
func (f *finder) marksOnly(r rng) bool {
	k := r.a
	for k < r.b {
		end, _, ok := f.bracketedMark(k)
		if !ok || end > r.b {
			return false
		}
		k = end
		if f.is(k, ".") && k < r.b {
			k++
		}
	}
	return r.b > r.a
}

// directionLine reports a paragraph of a transcript opening at sentence s
// that is only marks ("(crosstalk)", "[applause]"): no one's turn.
func (f *finder) directionLine(s sentence) bool {
	return f.marksOnly(f.paraToks(s.para))
}

// outletQuestionLine reports a paragraph opening with a question label
// that names the asker's outlet in brackets ("Q (Harbour Radio): …"):
// a line of its own, never the turn above going on.
func (f *finder) outletQuestionLine(s sentence) bool {
	if f.toks[s.t0].text != "Q" || !f.is(s.t0+1, "(") {
		return false
	}
	for j := s.t0 + 2; j < s.t1 && j < s.t0+10; j++ {
		if f.is(j, ")") {
			return f.is(j+1, ":")
		}
	}
	return false
}

// interpretedSpeakers maps each paragraph of an interpreter's turn (her
// labelled line and the paragraphs going on with it) to the label of the
// person she interprets: the speaker of the last turn before hers that is
// neither hers nor a question.
func (f *finder) interpretedSpeakers(labels map[int]int) map[int]rng {
	paras := make([]int, 0, len(labels))
	for p := range labels {
		paras = append(paras, p)
	}
	sort.Ints(paras)
	who := map[int]rng{}
	owner := rng{}
	for _, p := range paras {
		colon := labels[p]
		start := f.labelStart(colon)
		switch {
		case interpreterLabels[f.low(start)]:
			if !owner.empty() {
				who[p] = owner
			}
		case !qaLabel(f.toks[start].text) && !interviewerLabels[f.low(start)]:
			owner = f.labelSpeaker(start, p, colon)
		}
	}
	for p, colon := range f.turnOf {
		if w, ok := who[f.toks[colon].para]; ok {
			who[p] = w
		}
	}
	return who
}

// reportsInterpreted reports a sentence opening at t0 in which an
// interpreter reports the person she interprets ("He says that …", "She
// says …"): a statement of its own, found by its cue.
func (f *finder) reportsInterpreted(t0 int) bool {
	if l := f.low(t0); l != "he" && l != "she" {
		return false
	}
	cw, ok, inf := f.cueAt(t0+1, t0)
	return ok && !inf && cw.class != cueDemand && cw.lemma != "ask"
}

// addTranscriptTurn adds the statements of a transcript turn's words,
// content, spoken under the label ending at colon: none when it is only
// marks; a piece per stretch between the room's reactions; an
// interpreter's words as her speaker's, without the sentences she reports
// him in (found by their cue) and without the questions she asks of her
// own. It returns the first attribution added, or -1.
func (f *finder) addTranscriptTurn(si int, speaker, content rng, colon int) int {
	if f.marksOnly(content) {
		return -1
	}
	who, interpreted := f.interpreted[f.toks[colon].para]
	if interpreted {
		speaker = who
	}
	var pieces []rng
	a := content.a
	flush := func(b int) {
		if b > a {
			pieces = append(pieces, rng{a, b})
		}
	}
	for k := content.a; k < content.b; k++ {
		if end, w, ok := f.bracketedMark(k); ok && end <= content.b && reactionMarks[w] {
			flush(k)
			a = end
			k = end - 1
			continue
		}
		if interpreted && f.sentenceOpens(k, content) && f.reportsInterpreted(k) {
			flush(k)
			a = f.reportEnd(k, content.b)
			k = a - 1
		}
	}
	flush(content.b)
	first := -1
	for _, p := range pieces {
		if interpreted && f.onlyQuestion(p) {
			continue
		}
		i := f.add(attribution{sent: f.sentOfTok(p.a), speaker: speaker, content: p, direct: true,
			pattern: "T", conf: 0.6, priority: prioDirect})
		if first < 0 {
			first = i
		}
	}
	return first
}

// reportEnd is the end of the sentence opening at t0, or the room's
// reaction inside it ("He says … recommend. [laughter] Age is …", where the
// mark and what follows it fall in one sentence), whichever comes first
// before b.
func (f *finder) reportEnd(t0, b int) int {
	end := min(f.sents[f.sentOfTok(t0)].t1, b)
	for k := t0; k < end; k++ {
		if _, w, ok := f.bracketedMark(k); ok && reactionMarks[w] {
			return k
		}
	}
	return end
}

// settleInterpreted gives an interpreter's report of her speaker ("He says
// he has watched every match, some twice, which he does not recommend.")
// the rest of its sentence, up to the room's reaction: all of it is his
// words, a closing relative clause too.
func (f *finder) settleInterpreted() {
	for k := range f.atts {
		a := &f.atts[k]
		if a.dropped || a.direct || a.cue.empty() || a.speaker.b != a.speaker.a+1 || a.nestedIn >= 0 {
			continue
		}
		if _, ok := f.interpreted[f.toks[a.speaker.a].para]; !ok || !f.reportsInterpreted(a.speaker.a) {
			continue
		}
		end := f.reportEnd(a.speaker.a, len(f.toks))
		for end > a.content.b && (f.toks[end-1].kind == tPunct) {
			end--
		}
		if end > a.content.b && f.sentOfTok(end-1) == f.sentOfTok(a.content.a) {
			a.content.b = end
		} else if end < a.content.b {
			a.content.b = end
		}
	}
}

// sentenceOpens reports whether token k opens a sentence of content.
func (f *finder) sentenceOpens(k int, content rng) bool {
	return k == content.a || f.sents[f.sentOfTok(k)].t0 == k
}

// resolveInterpreted gives "He" or "She" opening an interpreter's report
// ("He says that …") the person she interprets.
func (r *resolver) resolveInterpreted() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if !m.pronoun || m.att < 0 || f.atts[m.att].nestedIn >= 0 || m.r.b != m.r.a+1 || !f.reportsInterpreted(m.r.a) {
			continue
		}
		who, ok := f.interpreted[f.toks[m.r.a].para]
		if !ok {
			continue
		}
		m.antecedent, m.canonical, m.person = -1, f.labelText(who), true
		for j, c := range r.mentions {
			if c.r == who && c.canonical != "" {
				m.antecedent, m.canonical = j, c.canonical
				break
			}
		}
	}
}
