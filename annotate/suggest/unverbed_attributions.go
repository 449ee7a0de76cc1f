package suggest

// This file reads attributions with no verb of saying, where a noun of
// judgment or a set phrase says whose words they are:
//
//   - "NAME’s view is blunt: C" and "For NAME, the answer (to …) is
//     simple: C": the clause after the colon is NAME's statement, the noun
//     its cue;
//   - "In the words of NAME(, apposition), “…”": the quotation is NAME's;
//   - "“…” That was the verdict of NAME": the quotation right before is
//     NAME's;
//   - "C. So says NAME, who …": the sentence right before is NAME's.
//
// A noun with no name before it ("For the council, the cost is high: …"),
// "In the words of the song" and "That was the view from the hill" are
// no attribution.

// judgmentNouns name a person's judgment given in words.
var judgmentNouns = words(`view verdict answer position message judgment judgement assessment conclusion`)

// judgmentColon adds "NAME’s NOUN is ADJ: C" and "For NAME, the NOUN … is
// ADJ: C" opening sentence si.
func (f *finder) judgmentColon(si int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	colon := -1
	for k := s.t0; k < end && k < s.t0+16; k++ {
		if f.quoted(k) {
			return
		}
		if f.is(k, ":") {
			colon = k
			break
		}
	}
	if colon < 0 || !f.word(colon-1) || (f.low(colon-2) != "is" && f.low(colon-2) != "was") {
		return
	}
	n := -1
	for k := colon - 3; k >= s.t0 && k >= colon-8; k-- {
		if f.word(k) && judgmentNouns[f.low(k)] {
			n = k
			break
		}
	}
	if n < 0 {
		return
	}
	var sp rng
	switch {
	case n == s.t0+1 && possessiveWord(f.toks[s.t0].text) && isCap(f.toks[s.t0].text):
		sp = rng{s.t0, s.t0 + 1} // "Dunmore’s view is blunt:"
	case f.low(s.t0) == "for" && f.low(n-1) == "the" && f.is(n-2, ","):
		sp = rng{s.t0 + 1, n - 2}
		if sp.b-sp.a > 4 || !f.capitalRun(sp) {
			return
		}
	default:
		return
	}
	content := rng{colon + 1, end}
	if f.wordsIn(content) < 5 {
		return
	}
	f.add(attribution{sent: si, speaker: sp, cue: rng{n, n + 1}, cueLemma: f.low(n), content: content,
		pattern: "I1", conf: 0.5, priority: prioIndirect})
}

// inTheWordsOf adds "In the words of NAME(, apposition), “…”" opening
// sentence si: the quotation that ends the sentence is NAME's.
func (f *finder) inTheWordsOf(si int) {
	s := f.sents[si]
	k := s.t0
	if f.low(k) != "in" || f.low(k+1) != "the" || f.low(k+2) != "words" || f.low(k+3) != "of" || f.quoted(k) {
		return
	}
	end := f.sentEnd(s)
	comma := -1
	for m := k + 5; m < end && m < k+12; m++ {
		if f.quoted(m) {
			return
		}
		if f.is(m, ",") {
			comma = m
			break
		}
	}
	if comma < 0 {
		return
	}
	sa, sb, ok := f.speakerAt(comma-1, k+4)
	if !ok || sa != k+4 || sb != comma || !f.hasName(rng{sa, sb}) {
		return
	}
	for m := comma; m < end && m < comma+12; m++ {
		qi := f.toks[m+1].quote
		if !f.is(m, ",") || f.toks[m+1].kind != tQuote || qi < 0 || f.quotes[qi].t0 != m+1 || f.usedQuote[qi] {
			continue
		}
		q := f.quotes[qi]
		if q.t1+1 < end || q.words < 3 || q.title {
			return
		}
		f.usedQuote[qi] = true
		f.add(attribution{sent: si, speaker: rng{sa, sb}, cue: rng{k, k + 4}, cueLemma: "in the words of",
			content: rng{q.t0, q.t1 + 1}, direct: true, pattern: "D1", conf: 0.5, priority: prioDirect})
		return
	}
}

// verdictOf adds "That was the NOUN of NAME." opening sentence si after a
// quotation that closes right before it in the same paragraph: the
// quotation is NAME's.
func (f *finder) verdictOf(si int) {
	s := f.sents[si]
	k := s.t0
	if si == 0 || f.low(k) != "that" || f.low(k+1) != "was" || f.low(k+2) != "the" || !judgmentNouns[f.low(k+3)] || f.low(k+4) != "of" || f.quoted(k) {
		return
	}
	p := k - 1
	if p < 0 || f.toks[p].kind != tQuote || f.toks[p].para != s.para {
		return
	}
	qi := f.toks[p].quote
	if qi < 0 || f.quotes[qi].t1 != p || f.usedQuote[qi] || f.quotes[qi].words < 3 || f.quotes[qi].title {
		return
	}
	end := f.sentEnd(s)
	stop := end
	for m := k + 5; m < end; m++ {
		if f.is(m, ",") {
			stop = m
			break
		}
	}
	sa, sb, ok := f.speakerAt(stop-1, k+5)
	if !ok || sa != k+5 || sb != stop || !f.hasName(rng{sa, sb}) {
		return
	}
	q := f.quotes[qi]
	f.usedQuote[qi] = true
	f.add(attribution{sent: si, speaker: rng{sa, sb}, cue: rng{k + 1, k + 5}, cueLemma: f.low(k + 3),
		content: rng{q.t0, q.t1 + 1}, direct: true, pattern: "D1", conf: 0.5, priority: prioDirect})
}

// unverbed runs the attributions of this file over sentence si.
func (f *finder) unverbed(si int) {
	f.judgmentColon(si)
	f.inTheWordsOf(si)
	f.verdictOf(si)
	f.soSays(si)
}

// capitalRun reports whether r is a run of unquoted capitalised words.
func (f *finder) capitalRun(r rng) bool {
	for k := r.a; k < r.b; k++ {
		if !f.word(k) || f.quoted(k) || !isCap(f.toks[k].text) {
			return false
		}
	}
	return !r.empty()
}

// soSays adds "So says NAME(, who …)." opening sentence si: the unquoted
// sentence right before it in the same paragraph is NAME's ("Most
// children never learn. So says Kerslake, who teaches them."). "So says
// the law" has no name.
func (f *finder) soSays(si int) {
	s := f.sents[si]
	k := s.t0
	if si == 0 || f.low(k) != "so" || (f.low(k+1) != "says" && f.low(k+1) != "said") || f.quoted(k) {
		return
	}
	prev := f.sents[si-1]
	if prev.para != s.para {
		return
	}
	end := f.sentEnd(s)
	stop := end
	for m := k + 2; m < end; m++ {
		if f.is(m, ",") {
			stop = m
			break
		}
	}
	sp := rng{k + 2, stop}
	if sp.b-sp.a > 4 || !f.capitalRun(sp) {
		return
	}
	content := rng{prev.t0, f.sentEnd(prev)}
	if f.wordsIn(content) < 4 {
		return
	}
	for m := content.a; m < content.b; m++ {
		if f.toks[m].quote >= 0 {
			return
		}
	}
	for _, a := range f.atts {
		if !a.dropped && overlap(a.content, content) {
			return
		}
	}
	f.add(attribution{sent: si, speaker: sp, cue: rng{k + 1, k + 2}, cueLemma: "say", content: content,
		pattern: "I1", conf: 0.5, priority: prioIndirect})
}
