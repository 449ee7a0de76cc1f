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
	first := f.paraFirstToken(p)
	if first < 0 {
		return rng{}
	}
	end := first
	for end < len(f.toks) && f.toks[end].para == p {
		end++
	}
	return rng{first, end}
}

// interviewQuestion reports whether paragraph p is a question set apart:
// a short body paragraph with no quotation mark that ends in a question
// mark.
func (f *finder) interviewQuestion(p int) bool {
	if p >= len(f.paraZone) || f.paraZone[p] != "body" {
		return false
	}
	t := f.paraToks(p)
	if t.empty() || !f.is(t.b-1, "?") || t.b-t.a > 60 {
		return false
	}
	for k := t.a; k < t.b; k++ {
		if f.toks[k].kind == tQuote || f.toks[k].quote >= 0 || k < t.a+5 && f.is(k, ":") {
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
	taken := func(p int) bool {
		_, l := labels[p]
		_, t := f.turnOf[p]
		_, b := blocks[p]
		return l || t || b
	}
	paras := interviewParas{}
	answered, firstPerson, putToYou := 0, 0, false
	for p := 0; p < len(f.paraZone); p++ {
		if taken(p) || !f.interviewQuestion(p) {
			continue
		}
		var answers []int
		own := false
		for q := p + 1; q < len(f.paraZone) && !taken(q) && !f.interviewQuestion(q) && f.interviewAnswerPara(q); q++ {
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
	if answered < 2 || !putToYou || 2*firstPerson < answered {
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
