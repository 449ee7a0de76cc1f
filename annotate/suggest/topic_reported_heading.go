package suggest

import "strings"

// This file extends the topic headings of topic_blocks.go to a heading
// that puts someone else's words to the speaker, as press-conference notes
// do when the question was a quote: "On Town boss Ann Roe saying her side
// "fear nobody":", "On the council claiming the pitch is unsafe:". The
// line still heads the speaker's answers under it; what it reports is the
// other person's statement, read by the ordinary cue patterns, and the
// answer is not theirs.

// maxReportHeadingTokens is the most tokens such a heading has: the
// person, the participle and a short clause or quotation.
const maxReportHeadingTokens = 20

// topicReportHeading reports whether paragraph p is a topic heading that
// reports words.
func (f *finder) topicReportHeading(p int) bool {
	return f.topicReportCue(p) >= 0
}

// topicReportCue returns the participle of paragraph p when p is a topic
// heading that reports words, or -1: "On", "About" or "Regarding", a name
// or a noun phrase, a participle cue ("saying", "claiming") right after a
// capitalised or role word, then the words, the whole ending in a colon
// with no sentence mark outside a quotation.
func (f *finder) topicReportCue(p int) int {
	if f.paraZone[p] != "body" {
		return -1
	}
	t := f.paraToks(p)
	if t.b-t.a < 5 || t.b-t.a > maxReportHeadingTokens || !f.is(t.b-1, ":") || !f.word(t.a) || !isCap(f.toks[t.a].text) || !topicHeadingWords[f.low(t.a)] {
		return -1
	}
	cue := -1
	for k := t.a + 1; k < t.b-1; k++ {
		if f.word(k) {
			if _, ok := participles[f.low(k)]; ok && cue < 0 && !f.quoted(k) && f.headWord(k-1) {
				cue = k
			}
			continue
		}
		if cue < 0 || strings.ContainsAny(f.toks[k].text, ".?!;") && !f.quoted(k) {
			return -1 // a quotation or a sentence before any cue
		}
	}
	if cue <= t.a+1 || cue+1 >= t.b-1 {
		return -1
	}
	return cue
}

// topicReportWords reads what such a heading reports, when sentence si is
// the heading: the phrase before the participle speaks ("Ann Roe" of "On
// Town boss Ann Roe saying …"), and the words from the participle to the
// colon are the statement, cue the participle.
func (f *finder) topicReportWords(si int) {
	s := f.sents[si]
	if s.t1-s.t0 < 5 || !f.is(s.t1-1, ":") || !topicHeadingWords[f.low(s.t0)] || f.paraToks(s.para) != (rng{s.t0, s.t1}) {
		return
	}
	c := f.topicReportCue(s.para)
	if c < 0 || f.usedCue[c] {
		return
	}
	sa, sb, ok := f.speakerBefore(c, s.t0+1)
	if !ok || sb != c {
		return
	}
	cw := participles[f.low(c)]
	f.add(attribution{sent: si, speaker: rng{sa, sb}, cue: rng{c, c + 1}, cueLemma: cw.lemma, content: rng{c + 1, s.t1 - 1},
		pattern: "T2", conf: 0.6, priority: prioIndirect})
}
