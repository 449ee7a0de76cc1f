package suggest

// This file holds frames of reported speech the cue lexicon does not hold
// as single verbs.

// putItTo reads "Ms Hale put it to the witness that he had lied": a
// barrister's or interviewer's proposition, with the cue "put it to", the
// hearer after "to" and the content after "that". It reports whether it
// took the frame.
func (f *finder) putItTo(si, c, end int) bool {
	s := f.sents[si]
	if f.low(c+2) != "to" || f.quoted(c+2) {
		return false
	}
	that := -1
	for k := c + 3; k < end && k < c+10; k++ {
		if f.quoted(k) || f.is(k, ",") || f.is(k, ";") {
			return false
		}
		if f.low(k) == "that" {
			that = k
			break
		}
	}
	if that < c+4 {
		return false
	}
	sa, sb, ok := f.speakerBefore(c, s.t0)
	if !ok {
		return false
	}
	a := attribution{sent: si, speaker: rng{sa, sb}, cue: rng{c, c + 3}, cueLemma: "put", addressee: rng{c + 3, that},
		content: rng{that + 1, end}, pattern: "I1", conf: 0.6, priority: prioIndirect}
	if f.wordsIn(a.content) < 3 || !f.clauseLike(a.content) {
		return false
	}
	f.add(a)
	return true
}

// adverbsBeforeCue sit between a speaker and the cue ("Our coach just
// said, ‘…’", "She simply wrote: …") as the adverbs of auxWords do.
var adverbsBeforeCue = words(`just simply merely`)

func init() {
	for w := range adverbsBeforeCue {
		auxWords[w] = true
	}
}

// quoteInCoordinatedClause reports a quotation handed over by a cue and a
// comma in the middle of a sentence that goes on after it with "and" or
// "but" ("The fitters told me, “It’s in hand,” and I took their word for
// it"): its closing comma inside the marks ends the words said.
func (f *finder) quoteInCoordinatedClause(q quotation) bool {
	return f.is(q.t0-1, ",") && f.is(q.t1-1, ",") && f.word(q.t1+1) && siblingConj[f.low(q.t1+1)] && !f.quoted(q.t1+1)
}

// secondHalfAfterFrame reports whether quotation q, opening sentence si,
// is the second half of a quotation broken by its frame: the sentence
// before, in the same paragraph, is "“…,” she said." — a quotation that
// ends in a comma inside its marks, then its speaker and cue and nothing
// else — and q is a sentence of its own ("“Funny, that.”").
func (f *finder) secondHalfAfterFrame(si int, q quotation, first int) bool {
	a, prev, ok := f.firstHalfFrame(si, q, first)
	if !ok {
		return false
	}
	e := f.skipAdjunctAfter(f.skipPinpoint(f.frameEnd(a), f.sentEnd(prev)), f.sentEnd(prev))
	e = f.hearerToFrameEnd(e, f.sentEnd(prev)) // "“…,” she shouted to Marr. “Now.”"
	return e == f.sentEnd(prev) || f.is(e, ",") && !f.quoted(e)
}

// firstHalfFrame finds the first half of a quotation broken by its frame,
// when q, a sentence of its own, is shaped as the second half (it opens
// with a capital and ends a sentence): the direct attribution with a
// speaker and cue in the sentence before, in the same paragraph, whose
// quotation opens that sentence and ends in a comma, inside its marks or
// after them („…”, Zawada said). It returns that attribution and the
// sentence; what may follow the frame is the caller's to judge.
func (f *finder) firstHalfFrame(si int, q quotation, first int) (attribution, sentence, bool) {
	if si == 0 || first == 0 {
		return attribution{}, sentence{}, false
	}
	prev := f.sents[si-1]
	if prev.para != f.sents[si].para {
		return attribution{}, sentence{}, false
	}
	last := q.t1 - 1
	if closingMarks[f.toks[last].text] && last > q.t0+1 {
		last-- // "“… she told me, ‘…’”": the inner quotation closes it
	}
	if !f.word(q.t0+1) || !isCap(f.toks[q.t0+1].text) || !f.is(last, ".") && !f.is(last, "!") && !f.is(last, "?") {
		return attribution{}, sentence{}, false
	}
	for i := first - 1; i >= 0 && f.atts[i].sent >= si-1; i-- {
		a := f.atts[i]
		if a.sent != si-1 || a.dropped || !a.direct || a.cue.empty() || a.speaker.empty() || a.content.a != prev.t0 {
			continue
		}
		// the frame closes the sentence, a time or channel aside ("she said
		// on Monday.") or an apposition on the speaker (", whose son is in
		// Year 8."): the caller's check
		return a, prev, f.is(a.content.b-2, ",") || f.is(a.content.b, ",") || f.exclaimedHalf(a) // "“Order!” cried Ann Roe. “…”"
	}
	return attribution{}, sentence{}, false
}

// relativeClauseClosesSentence reports a relative clause whose cue at c
// hands over with "that" and runs to the sentence's end ("…, Ann Roe, who
// stressed that no decision had been made."): its content is all the rest.
func (f *finder) relativeClauseClosesSentence(c int) bool {
	return f.low(c+1) == "that" && !f.quoted(c+1)
}

// contactVerbs send a message whose purpose clause "to say …" reports it
// ("emailed on Thursday to say the company would …").
var contactVerbs = map[string]string{"emailed": "email", "e-mailed": "email", "wrote": "write", "texted": "text",
	"messaged": "message", "phoned": "phone", "rang": "ring", "called": "call", "replied": "reply", "responded": "respond"}

// contactedToSay reads "A spokesman emailed on Thursday to say the company
// would listen": the infinitive cue "say" at c follows a verb of sending a
// message, which is the cue, its subject the speaker and the clause after
// "say" what was said. It reports whether it took the frame.
func (f *finder) contactedToSay(si, c int, cw cueWord, end int) bool {
	s := f.sents[si]
	to := c - 1
	if cw.lemma != "say" || f.low(to) != "to" {
		return false
	}
	for k := to - 1; k > s.t0 && k >= to-7; k-- {
		if f.quoted(k) || !f.word(k) && !f.is(k, ".") {
			return false
		}
		lemma, ok := contactVerbs[f.low(k)]
		if !ok {
			continue
		}
		back := f.contactBack(k + 1) // "wrote back to say"
		if back != to && f.skipAdjunctAfter(back, to) != to {
			return false
		}
		sa, sb, ok := f.speakerBefore(k, s.t0)
		if !ok || sb != k && !auxWords[f.low(sb)] {
			return false
		}
		a := attribution{sent: si, speaker: rng{sa, sb}, cue: f.cueRange(k), cueLemma: lemma, priority: prioIndirect}
		a.cue.b = max(a.cue.b, back)
		if !f.indirectContent(&a, c+1, end, cw) || !f.clauseLike(a.content) {
			return false
		}
		a.pattern, a.conf = "I1", 0.5
		f.add(a)
		return true
	}
	return false
}
