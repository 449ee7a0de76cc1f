package suggest

// This file reads a magazine interview set as questions and answers with no
// labels: a question paragraph set apart (bold in the page, plain once
// cleaned) and the interviewee's answer paragraphs under it. Each answer
// paragraph is a statement of the person the introduction names most; the
// questions are the interviewer's and no statements.

// patternAnswer names the rule of an unlabelled interview answer.
const patternAnswer = "QA"

// interviewParas maps each paragraph of an interview's questions and
// answers to whether it is an answer (true) or a question (false).
type interviewParas map[int]bool

// secondPersonWords mark an interviewer's question put to the interviewee.
var secondPersonWords = words(`you your yours`)

// paraToks returns the token range of paragraph p, or an empty range.
func (f *finder) paraToks(p int) rng {
	if t := f.paragraphTokens(p); t.a >= 0 {
		return t
	}
	return rng{}
}

// interviewQuestion reports whether paragraph p is a question set apart:
// a short body paragraph with no quotation mark, other than a quoted term
// (question_term_quotes.go), that ends in a question mark.
func (f *finder) interviewQuestion(p int) bool {
	if p >= len(f.paraZone) || f.paraZone[p] != "body" {
		return false
	}
	t := f.paraToks(p)
	if t.empty() || !f.is(t.b-1, "?") || t.b-t.a > 60 {
		return false
	}
	for k := t.a; k < t.b; k++ {
		if (f.toks[k].kind == tQuote || f.toks[k].quote >= 0) && !f.questionTermQuote(t, k) || k < t.a+5 && f.is(k, ":") && !f.questionLabelColon(t, k) {
			return false
		}
	}
	return true
}

// interviewAnswerPara reports whether paragraph p can be an answer: a body
// paragraph that neither opens with a quotation mark nor is a credit line
// ("— Ann Roe") nor a label ("Q: …").
func (f *finder) interviewAnswerPara(p int) bool {
	if p >= len(f.paraZone) || f.paraZone[p] != "body" {
		return false
	}
	t := f.paraToks(p)
	if t.empty() || f.toks[t.a].kind == tQuote || f.is(t.a, "—") || f.is(t.a, "–") || f.is(t.a, "-") {
		return false
	}
	for k := t.a; k < t.b && k < t.a+5; k++ {
		if f.is(k, ":") {
			return false
		}
	}
	return true
}

// findInterview finds the questions and answers of an unlabelled interview:
// runs of a question paragraph and the answer paragraphs under it. It
// holds them an interview only when two questions or more have answers,
// one question at least is put to "you", and half the answered questions
// or more are answered in the first person, as an FAQ's or a columnist's
// rhetorical questions are not. Paragraphs read as transcript lines or
// block paragraphs are left to those rules.
func (f *finder) findInterview(labels map[int]int, blocks map[int]blockFrame) interviewParas {
	if qa := f.dottedInterview(labels, blocks); qa != nil {
		return qa
	}
	taken := func(p int) bool {
		_, l := labels[p]
		_, t := f.turnOf[p]
		_, b := blocks[p]
		return l || t || b
	}
	paras := interviewParas{}
	headings := f.nameHeadings()
	answered, firstPerson, putToYou, firstQ := 0, 0, false, -1
	for p := 0; p < len(f.paraZone); p++ {
		if taken(p) || !f.interviewQuestion(p) {
			continue
		}
		var answers []int
		own := false
		for q := p + 1; q < len(f.paraZone) && !taken(q) && !f.interviewQuestion(q) && f.interviewAnswerPara(q) && f.answerGoesOn(p, q, len(answers)) && f.panelAnswerGoesOn(headings, q, len(answers)); q++ {
			answers = append(answers, q)
			t := f.paraToks(q)
			for k := t.a; k < t.b && !own; k++ {
				own = f.word(k) && f.toks[k].quote < 0 && firstPersonWords[f.low(k)]
			}
		}
		if len(answers) == 0 {
			continue
		}
		answered++
		if firstQ < 0 {
			firstQ = p
		}
		if own {
			firstPerson++
		}
		t := f.paraToks(p)
		for k := t.a; k < t.b && !putToYou; k++ {
			putToYou = f.word(k) && secondPersonWords[f.low(k)]
		}
		paras[p] = false
		for _, q := range answers {
			paras[q] = true
		}
		p = answers[len(answers)-1]
	}
	if answered < 2 || !putToYou && !f.spokeToInterviewee(firstQ) || 2*firstPerson < answered {
		return nil
	}
	return paras
}

// interviewAnswer makes the paragraph opening at sentence si, when it is
// an interview's answer, one direct statement with no speaker yet (the
// resolver gives it the interviewee); it returns the attribution and the
// token after the paragraph.
func (f *finder) interviewAnswer(si int, paras interviewParas) (int, int, bool) {
	s := f.sents[si]
	if !paras[s.para] || si > 0 && f.sents[si-1].para == s.para {
		return 0, 0, false
	}
	t := f.paraToks(s.para)
	t.a = f.answerStart(t)
	i := f.add(attribution{sent: si, content: t, direct: true, pattern: patternAnswer, conf: 0.5, priority: prioDirect})
	return i, t.b, true
}

// resolveInterviewees gives each interview answer the interviewee: the
// person named most often before the first answer (in the headline, the
// dek and the introduction), linked through the latest mention of that
// person outside what others said.
func (r *resolver) resolveInterviewees() {
	f := r.f
	who := -1
	for ai, a := range f.atts {
		if a.pattern != patternAnswer || a.dropped {
			continue
		}
		if h := r.headingInterviewee(a.content.a); h >= 0 {
			r.bySpeaker[ai] = h
			continue
		}
		if who < 0 {
			who = r.interviewee(a.content.a)
			if who < 0 {
				return
			}
		}
		r.bySpeaker[ai] = who
	}
}

// interviewee returns the mention that stands for the person named most
// often before token k, or -1.
func (r *resolver) interviewee(k int) int {
	f := r.f
	count := map[string]int{}
	for _, c := range r.mentions {
		if c.r.a >= k {
			continue
		}
		if c.pronoun || !c.person || c.plural || !c.named || c.canonical == "" {
			continue
		}
		count[c.canonical] += 2
		if c.att >= 0 || r.sentenceSubject(c.r.a) {
			count[c.canonical]++
		}
	}
	best, bestN := "", 0
	for name, n := range count {
		if n > bestN || n == bestN && name < best {
			best, bestN = name, n
		}
	}
	if best == "" {
		return -1
	}
	j := -1
	for i, c := range r.mentions {
		if c.r.a >= k {
			continue
		}
		if c.canonical == best && !c.pronoun && f.paraZone[f.toks[c.r.a].para] == "body" && !r.inStatement(c.r.a) {
			j = i
		}
	}
	return j
}

func init() {
	// "according to internal e-mails obtained by the paper": the
	// hyphenated spelling of the documents a leak is made of
	for _, w := range []string{"e-mails", "e-mail", "email", "texts", "chats", "transcripts", "notes"} {
		documentNouns[w] = true
	}
}

// documentSource parses a source that is a set of documents with no role
// word for its head: "internal e-mails", "leaked minutes" (what they were
// obtained or seen by is read after it as for any source).
func (f *finder) documentSource(k, end int) (int, int, bool) {
	start := k
	if f.word(k) && isDeterminer(f.low(k)) {
		k++
	}
	for n := 0; n < 2 && k < end && f.word(k) && !f.quoted(k) && !documentNouns[f.low(k)] && modifier(f.toks[k]); n++ {
		k++
	}
	if k < end && f.word(k) && !f.quoted(k) && documentNouns[f.low(k)] {
		return start, k + 1, true
	}
	return 0, 0, false
}

// messageCues report a written message whose text a frame hands over
// ("Roe wrote to Bell on 3 May:", "Bell replied the same morning:").
var messageCues = words(`write reply respond`)

// dayParts end a "the same morning" or "that evening" adjunct.
var dayParts = words(`morning afternoon evening night day week`)

// messageFrameRest reports whether the words from j to the colon of a
// frame whose cue at c reports a written message are only its recipient
// ("to Bell") and when it was sent ("on 3 May", "the same morning").
func (f *finder) messageFrameRest(cw cueWord, j, colon int) bool {
	if !messageCues[cw.lemma] {
		return false
	}
	k := j
	if f.low(k) == "to" {
		_, b, ok := f.phraseAfter(k+1, colon)
		if !ok {
			return false
		}
		k = b
	}
	k = f.skipAdjunctAfter(k, colon)
	switch {
	case f.low(k) == "the" && f.low(k+1) == "same" && dayParts[f.low(k+2)]:
		k += 3
	case (f.low(k) == "that" || f.low(k) == "later") && dayParts[f.low(k+1)]:
		k += 2
	}
	k = f.skipAdjunctAfter(k, colon)
	return k == colon && k > j || f.channelBeforeColon(k, colon)
}

// addressWords mark a paragraph of a letter or an e-mail that speaks to
// its readers ("Keep it to yourselves"): the writer's voice as much as
// the first person is.
var addressWords = words(`you your yours yourself yourselves`)

// documentPronoun reports a speaker "They" or "These" whose sentence
// follows one opening with documents ("The e-mails, sent in March, were
// passed to the paper. They show that …"): what the documents show is
// reported as their statement, as when they are named.
func (f *finder) documentPronoun(sa, sb int) bool {
	if sb != sa+1 || f.low(sa) != "they" && f.low(sa) != "these" {
		return false
	}
	si := f.sentOfTok(sa)
	if si == 0 || f.sents[si].t0 != sa || f.sents[si-1].para != f.sents[si].para {
		return false
	}
	_, _, ok := f.documentSource(f.sents[si-1].t0, f.sents[si-1].t1)
	return ok
}

// resolveDocumentPronouns gives a "They" that speaks for documents
// (documentPronoun) the documents last named as a source before it
// ("according to internal e-mails obtained by the paper").
func (r *resolver) resolveDocumentPronouns() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || f.atts[m.att].cueLemma != "show" {
			continue
		}
		known := !m.pronoun && f.knownDocuments(m.r.a, m.r.b, f.atts[m.att].sent) // "The papers show …" after they spoke
		if !known && (!m.pronoun || !f.documentPronoun(m.r.a, m.r.b) && !f.pronounAfterDocuments(m.r.a, m.r.b, f.atts[m.att].sent)) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if c := r.mentions[j]; c.doc && c.canonical != "" && !c.pronoun && (!known || c.att >= 0 && f.atts[c.att].cueLemma == "show") {
				m.antecedent, m.canonical, m.doc, m.person = j, c.canonical, true, false
				break
			}
		}
	}
}

// quotedPhraseInBlock reports a quotation a block paragraph may hold: a
// few words the writer put in marks ("list them as “under maintenance”"),
// not a quotation of someone else's that makes the paragraph narration.
func (f *finder) quotedPhraseInBlock(qi int) bool {
	q := f.quotes[qi]
	return q.words <= 4 && f.toks[q.t0].para == f.toks[q.t1].para
}

func init() {
	// German quotation inside a quotation: „… ‚…‘ …“, the single low
	// mark closed by a high turned comma (or, in some fonts, a high comma)
	quotePairs['‚'] = struct {
		closers string
		reopen  string
	}{`‘’`, `‚`}
}

// colonInnerCue gives a quotation handed over by a colon inside another
// quotation ("„She came home and said: ‚…‘“") the cue just before the
// colon at k-1, when there is one.
func (f *finder) colonInnerCue(a *attribution, k int) {
	c := k - 2
	for c > a.speaker.b && f.word(c) && (f.low(c) == "to" || f.low(c) == "me" || f.low(c) == "us" || f.low(c) == "him" || f.low(c) == "her" || f.low(c) == "them") {
		c-- // "said to me:", "told us:"
	}
	if cw, ok, inf := f.cueAt(c, a.speaker.b); ok && !inf && !f.usedCue[c] {
		a.cue, a.cueLemma = f.cueRange(c), cw.lemma
		f.usedCue[c] = true
		return
	}
	f.colonInnerCueAcrossTime(a, k)
}

// occupationTitles are trades written before a name at the start of a
// sentence ("Shepherd Ole Brandt said"): the title is no part of the name,
// as the role words of roleNouns are not. They stay out of roleNouns, where
// the many that are surnames too ("Ann Shepherd") would read as roles.
var occupationTitles = words(`shepherd shepherdess midwife vet beekeeper crofter herdsman gamekeeper
	ferryman boatman lifeguard ranger warden baker butcher carpenter plumber electrician blacksmith
	winemaker innkeeper publican headteacher`)

// askedInQuestion reports a mention that names who asks a question at a
// briefing, in brackets after the question's label ("Q (Harbour Radio):
// Will the pier reopen?"): the asker is not the interviewee a "she" in the
// answer stands for, though a name inside the question may be.
func (r *resolver) askedInQuestion(c mention) bool {
	f := r.f
	t := f.paraToks(f.toks[c.r.a].para)
	if t.empty() || !f.is(t.b-1, "?") {
		return false
	}
	a := t.a
	// "3. Q (Harbour Radio): …?": a numbered question
	if a+2 < t.b && isNumber(f.toks[a].text) && f.is(a+1, ".") {
		a += 2
	}
	if !qaLabel(f.toks[a].text) || !f.is(a+1, "(") {
		return false
	}
	for k := a + 2; k < t.b && k < a+10; k++ {
		if f.is(k, ")") {
			return c.r.a > a+1 && c.r.b <= k && f.is(k+1, ":")
		}
	}
	return false
}
