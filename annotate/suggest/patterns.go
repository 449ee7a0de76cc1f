package suggest

import (
	"sort"
	"strings"
	"unicode"
)

// This file applies the attribution patterns of news-schemas §2.3.8 to each
// sentence: quotation-anchored D1–D3 first, then cue-anchored I2, I3 and I1,
// "according to" (A1), coordinated statements, nesting and floating quotes.

// rng is a half-open range of token indexes.
type rng struct{ a, b int }

func (r rng) empty() bool { return r.b <= r.a }

func (r rng) contains(i int) bool { return i >= r.a && i < r.b }

// attribution is one statement with what the rules found around it.
type attribution struct {
	content   rng
	speaker   rng // empty for a floating quote, which borrows from inherit
	cue       rng
	cueLemma  string
	addressee rng
	medium    rng
	pattern   string
	conf      float64
	sent      int
	tail      rng // the ", S CUE" frame of a postposed attribution, cut from other contents
	inherit   int // index of the attribution a floating quote borrows its speaker from; -1 if none
	nestedIn  int // index of the enclosing attribution; -1 if none
	direct    bool
	dropped   bool
	question  bool // dropped as a question: still who spoke, for a quotation floating after it
	priority  int
}

const (
	prioDirect = iota
	prioIndirect
	prioAccording
	prioCoordinated
	prioFloating
)

// finder collects the attributions of one document.
type finder struct {
	*text
	atts      []attribution
	usedCue   []bool          // a token's cue verb already taken by an attribution, by token (a slice: asked for every token)
	usedQuote map[int]bool    // quotations already taken as a statement's content
	turnOf    map[int]int     // a transcript paragraph without a label → the colon of the turn it continues
	labelWho  map[int]rng     // a transcript label naming its speaker apart from its head ("REPORTER (Ann Roe):", "ANN ROE, LEEDS:") → the name
	hostLabel string          // a transcript of name labels ("Kit:"): the label of its opening turn, the host's
	askers    map[string]bool // transcript labels whose turns only ask (asking_labels.go)

	interpreted map[int]rng // a paragraph of an interpreter's turn → the label of the speaker she interprets
}

func (f *finder) add(a attribution) int {
	a.inherit, a.nestedIn = -1, -1
	f.atts = append(f.atts, a)
	if !a.cue.empty() {
		f.usedCue[a.cue.b-1] = true
	}
	return len(f.atts) - 1
}

// cueRange is the cue verb at c with a perfect auxiliary right before it
// ("has said", "had demanded"), as analysts tag it.
func (f *finder) cueRange(c int) rng {
	b := c + 1
	if f.word(b) && f.low(b) == "out" && cueWords[f.low(c)].lemma == "point" {
		b++ // "pointed out"
	}
	if _, ok := f.goOnCueAt(c); ok {
		b++ // "went on"
	}
	if w := f.low(c - 1); f.word(c-1) && !f.quoted(c-1) && (w == "has" || w == "have" || w == "had") {
		return rng{c - 1, b}
	}
	return rng{min(f.perfectAdverbCue(c), f.aspectualStart(c), f.heardStart(c), f.quotedAsStart(c)), b}
}

// scan runs the patterns over every sentence.
func (f *finder) scan() {
	f.usedCue = make([]bool, len(f.toks))
	f.usedQuote = map[int]bool{}
	labels := f.transcriptLabels()
	blocks, blockOwners := f.hashtagSeries(f.topicBlocks(f.headedBlocks(f.signedBlocks(f.answeredFrames(f.fullStatementFrames(f.blockStatementFrames())))))), map[int]int{}
	interview := f.findInterview(labels, blocks)
	line, lineEnd := -1, 0 // the transcript line or block paragraph being read, and the token after it
	for si := range f.sents {
		s := f.sents[si]
		if s.t0 >= lineEnd {
			line = -1
		}
		first := len(f.atts)
		if ti, end, ok := f.transcriptLine(si, labels); ok {
			line, lineEnd = ti, end
			first = len(f.atts)
			f.dropInterviewerQuestion(ti)
		} else if bi, end, ok := f.blockLine(si, blocks, blockOwners); ok {
			line, lineEnd = bi, end
			first = len(f.atts)
		} else if ai, end, ok := f.interviewAnswer(si, interview); ok {
			line, lineEnd = ai, end
			first = len(f.atts)
		} else if qi, end, ok := f.signedQuote(si); ok {
			line, lineEnd = qi, end
			f.innerQuotes(qi) // "“My granddad told me, ‘…’ …”\n\n— Name": what the signed quotation reports
			first = len(f.atts)
		} else if di, end, ok := f.spacedDialogue(si); ok {
			line, lineEnd = di, end // what the line reports is nested in it
			first = len(f.atts)
		}
		f.dialogue(si)
		f.directQuotes(si)
		f.innerQuotes(first)
		f.relativeSaid(si)
		f.topicReportWords(si) // "On Ann Roe saying …:"
		f.cues(si, first)
		f.backReferenced(si, first) // "… . X says this the way …": the words before are the statement
		f.according(si)
		f.perFronted(si)            // "Per a club spokesman, …"
		f.claimFrom(si)             // "The third claim, from X, was that …"
		f.namedAgreement(si, first) // "Mr Dane agreed that …"
		f.unverbed(si)              // "X’s view is blunt: …", "In the words of X, “…”"
		if line < 0 {
			nf := len(f.atts)
			f.floating(si, first)
			f.innerQuotes(nf) // what a floating quotation reports in it
		}
		f.postQuotes(si, line) // "Whitcomb says … . “…” #Tag", "Whitcomb: that …" in a tagged post
		f.dropOnlyQuestions(first)
		f.dropQuestionedReports(first) // "When people tell me X, is that Y?"
		f.settle(first)
		f.dropCalledFragments(first)
		f.dropPleaContents(first)        // "admitted the offence"
		f.dropRecitedTexts(first)        // "a reading from Ecclesiastes: ‘…’"
		f.dropObjectSigned(first)        // "“Slow down.”\n\n— a hand-painted sign"
		f.dropSubjectlessContents(first) // "the audit report would go …"
		f.dropAdjunctContents(first)     // "responded within an hour on Instagram"
		f.dropSpeakerOverCue(first)      // "Union said the figures" showed
		f.dropAskedQuestions(first)
		f.dropInInterviewQuestion(first, interview)
		f.extendTranslations(first)
		f.dropLeadLabels(first)
		f.dashLedLines(si, first) // "– … . …, says X.": the frame governs the whole dash-led paragraph
		// "A: … My lawyers tell me the policy is sound …": what a line
		// reports is nested in it
		for k := first; k < len(f.atts); k++ {
			if line >= 0 && f.atts[k].nestedIn < 0 && f.atts[line].content.contains(f.atts[k].content.a) {
				f.atts[k].nestedIn = line
			}
		}
	}
	f.dropHostRelays()          // "HOST: The union says …", "HOST: Ann, thank you."
	f.dropSignOffs()            // "JENNA RUIZ: In Larkin Bend, Jenna Ruiz, KWLD 8 News."
	f.dropConferenceCallTurns() // "Operator: Our next question comes from …"
	f.dropVocativePrompts()     // "HOST: Owen, you’ve fished here since …"
	f.dropGapCues()             // "the first thing she said after … was nothing"
	f.dropAgencyRelays()        // "X told the cabinet that …, the agency reported"
	f.dropReadExtracts()        // "She read from the second chapter:" then the novel's dialogue
	f.settleInterpreted()
}

// relativeSaid reads a statement in a relative clause on the speaker:
// "One resident, who said she had farmed there for 40 years, asked …",
// "Ana Ruiz, who has said she backs the plan, told …": the content runs to
// the comma that closes the clause, and the phrase before "who" speaks.
func (f *finder) relativeSaid(si int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	for w := s.t0 + 1; w+1 < end; w++ {
		if f.low(w) != "who" || f.quoted(w) || !f.is(w-1, ",") {
			continue
		}
		c := w + 1
		if l := f.low(c); (l == "has" || l == "had" || l == "have") && f.word(c+1) {
			c++
		}
		cw, ok, inf := f.cueAt(c, w+1)
		if !ok || inf || f.usedCue[c] || cw.class == cueDemand || cw.lemma == "ask" {
			continue
		}
		close := c + 1
		for close < end && !f.is(close, ",") || close < end && f.quoted(close) {
			close++
		}
		if close >= end && !f.relativeClauseClosesSentence(c) {
			continue
		}
		cm := f.ageAside(w - 1) // "Orla Vant, 67, who said"
		sa, sb, ok := f.speakerBefore(cm, s.t0)
		if !ok || sb != cm {
			continue
		}
		a := attribution{sent: si, speaker: rng{sa, sb}, cue: f.cueRange(c), cueLemma: cw.lemma, pattern: "I1", priority: prioIndirect}
		// a clause: a verb the lexicon knows, or a subject pronoun ("she
		// supports the project")
		if !f.indirectContent(&a, c+1, close, cw) || !f.clauseLike(a.content) && !subjectPronouns[f.low(a.content.a)] {
			continue
		}
		f.add(a)
	}
}

// subjectPronouns open a clause.
var subjectPronouns = words(`i you he she it we they`)

// dialogue reads speech set with dialogue dashes, as Spanish and other
// languages print it: "—We will not leave —said Ana Ruiz, 40—. Nobody
// will." A dash glued to a capitalised word at a sentence's start opens a
// line; a dash after a space and glued to a lower-case word opens the
// narrator's frame (cue and speaker, in either order); a dash glued to the
// word before it closes the frame, and what follows in the paragraph is
// the line going on, the same speaker's. A line with no frame in its
// paragraph is a floating quotation of the last speaker.
func (f *finder) dialogue(si int) {
	s := f.sents[si]
	if !dialogueDash(f.toks, s.t0) || f.quoted(s.t0) || f.paraZone[s.para] != "body" {
		return
	}
	para := f.toks[s.t0].para
	pend := s.t0
	for pend < len(f.toks) && f.toks[pend].para == para {
		pend++
	}
	k := s.t0 + 1
	for ; k < pend; k++ {
		if f.quoted(k) {
			continue
		}
		if dialogueDash(f.toks, k) {
			break // another line opens: this one has no frame
		}
		if f.is(k, "—") && f.toks[k].start > f.toks[k-1].end && f.word(k+1) && f.toks[k+1].start == f.toks[k].end && !isCap(f.toks[k+1].text) {
			break
		}
	}
	// "—… —Father Reyes explained afterward—. …": a frame that opens with
	// the speaker's name is read below as D2, not as another line
	if k == pend || dialogueDash(f.toks, k) && !f.namedDialogueFrame(k, pend) {
		f.floatingLine(si, rng{s.t0, k})
		return
	}
	// the frame runs to a dash glued to the word before it, or the paragraph's end
	fe := k + 2
	for fe < pend && !(f.is(fe, "—") && f.toks[fe].start == f.toks[fe-1].end) {
		fe++
	}
	a := attribution{sent: si, content: rng{s.t0, k}, direct: true, conf: 0.8, priority: prioDirect}
	if cw, ok, inf := f.cueAt(k+1, k+1); ok && !inf {
		sa, sb, ok := f.phraseAfter(k+2, fe)
		if !ok {
			return
		}
		a.speaker, a.cue, a.cueLemma, a.pattern = rng{sa, sb}, rng{k + 1, k + 2}, cw.lemma, "D1"
	} else {
		for c := k + 2; c < fe && c < k+7; c++ {
			cw, ok, inf := f.cueAt(c, k+1)
			if !ok || inf {
				continue
			}
			if sa, sb, ok := f.speakerBefore(c, k+1); ok && sa == k+1 {
				a.speaker, a.cue, a.cueLemma, a.pattern = rng{sa, sb}, f.cueRange(c), cw.lemma, "D2"
			}
			break
		}
		if a.speaker.empty() {
			return
		}
	}
	f.add(a)
	// "—. My father did not leave it.": the line goes on after the frame
	j := fe + 1
	for j < pend && (f.is(j, ".") || f.is(j, ",")) {
		j++
	}
	if fe < pend && j < pend {
		b := a
		b.sent, b.content = f.sentOfTok(j), rng{j, pend}
		f.add(b)
	}
}

// namedDialogueFrame reports whether the dash at k, after a space and glued
// to a capitalised word, opens a narrator's frame rather than another line:
// the name, a cue within a few words whose speaker starts at the name, and
// a dash glued to the word before it closing the frame ("—Father Reyes
// explained afterward—.").
func (f *finder) namedDialogueFrame(k, pend int) bool {
	if k == 0 || f.toks[k].start == f.toks[k-1].end || !f.word(k+1) {
		return false
	}
	fe := k + 2
	for fe < pend && fe < k+10 && !(f.is(fe, "—") && f.toks[fe].start == f.toks[fe-1].end) {
		fe++
	}
	if fe >= pend || fe >= k+10 {
		return false
	}
	for c := k + 2; c < fe; c++ {
		if _, ok, inf := f.cueAt(c, k+1); ok && !inf {
			sa, _, ok := f.speakerBefore(c, k+1)
			return ok && sa == k+1
		}
	}
	return false
}

// floatingLine adds a line of dialogue with no frame as a floating
// quotation of the last speaker, when one spoke in its paragraph or the one
// before.
func (f *finder) floatingLine(si int, content rng) {
	prev := f.lastSpoken()
	if prev < 0 {
		return
	}
	p := f.atts[prev]
	if p.content.empty() || f.toks[content.a].para-f.toks[p.content.b-1].para > 1 {
		return
	}
	f.atts = append(f.atts, attribution{content: content, sent: si, pattern: "F", conf: 0.45,
		inherit: prev, nestedIn: -1, direct: true, priority: prioFloating})
}

// lastSpoken is the attribution a floating line would inherit from: the
// last one neither dropped nor nested, or the one it inherits from itself;
// -1 when there is none.
func (f *finder) lastSpoken() int {
	prev := len(f.atts) - 1
	for prev >= 0 && (f.atts[prev].dropped || f.atts[prev].nestedIn >= 0) {
		prev--
	}
	if prev >= 0 && f.atts[prev].inherit >= 0 {
		prev = f.atts[prev].inherit
	}
	return prev
}

// dropAskedQuestions drops a quotation given as asked that holds a question
// ("“Who is paying for the new road?” she asked", "asked: “Where …? We
// were never told.”"): a question is no statement, as a reported question
// is not (indirectContent). A quotation given as said keeps its
// questions ("“…? Passengers deserve an answer,” she said") unless it only
// asks (dropOnlyQuestions).
func (f *finder) dropAskedQuestions(first int) {
	for k := first; k < len(f.atts); k++ {
		a := &f.atts[k]
		if !a.direct || a.cueLemma != "ask" || a.dropped {
			continue
		}
		for t := a.content.a; t < a.content.b; t++ {
			if strings.Contains(f.toks[t].text, "?") {
				a.dropped, a.question = true, true
				break
			}
		}
	}
}

// transcriptLabels finds the paragraphs that open with a speaker's name in
// capitals and a colon ("ABERNETHY: Will the minister …", "SPEAKER:
// Order.", "THE MINISTER FOR ROADS:", an office of up to five words), when
// there are at least two: the lines of a transcript. It
// returns, per paragraph, the colon's token.
func (f *finder) transcriptLabels() map[int]int {
	labels, named := map[int]int{}, map[int]int{}
	f.labelWho = map[int]rng{}
	for si, s := range f.sents {
		if si > 0 && f.sents[si-1].para == s.para || f.paraZone[s.para] != "body" {
			continue
		}
		k, n := s.t0, 0
		for k < s.t1 && n < 5 && f.word(k) && !f.quoted(k) && (capitals(f.toks[k].text) || qaLabel(f.toks[k].text)) && !notLabels[f.low(k)] {
			k++
			n++
			if n == 1 && f.is(k, ".") && f.glued(k) && abbreviations[f.low(k-1)] {
				k++ // "DR. ALBERS:", "MR. HALE:"
			}
		}
		if colon, who, ok := f.bracketedCapitalsLabel(k, n, s.para); ok {
			labels[s.para] = colon
			if !who.empty() {
				f.labelWho[s.para] = who
			}
		} else if n > 0 && f.is(k, ":") && k+1 < len(f.toks) && f.toks[k+1].para == s.para && (n == 1 || !qaLabel(f.toks[s.t0].text) || f.indefiniteLabel(s.t0, n)) && !f.rankedLine(k+1) {
			labels[s.para] = k
		} else if n > 0 && !qaLabel(f.toks[s.t0].text) {
			if colon, who, ok := f.capitalsLabelWithName(k, n, s.para); ok {
				labels[s.para] = colon
				f.labelWho[s.para] = who
			}
		} else if colon, ok := f.nameLabel(f.afterClockStamp(s.t0, s.para), s.para); ok && n == 0 {
			named[s.para] = colon
		}
	}
	f.dropClipLabels(labels) // "CLIP: Ann Roe, Mill Lane Residents: “…”"
	f.keepNameLabels(labels, named)
	f.keepQuotedExchange(labels) // "The exchange … ran:" then "Mr Speaker: Order."
	f.aliasBareLabels(labels)
	f.keyInitialLabels(labels) // "JM:" under "Speakers: JM – Jonah Mercer (host); …"
	f.keepCapitalsHost(labels)
	f.keepAskingHost(labels) // a host who also reports a charge or thanks the guest
	// one-letter labels only as a Q&A, with both questions and answers
	q, a := 0, 0
	for _, colon := range labels {
		switch f.toks[colon-1].text {
		case "Q":
			q++
		case "A":
			a++
		}
	}
	if q == 0 || a == 0 {
		for p, colon := range labels {
			if qaLabel(f.toks[colon-1].text) {
				delete(labels, p)
			}
		}
	}
	if len(labels) < 2 {
		return nil
	}
	f.turnOf = f.transcriptTurns(labels)
	f.askers = f.askingLabels(labels)
	f.interpreted = f.interpretedSpeakers(labels)
	return labels
}

// transcriptTurns finds the paragraphs without a label that go on with
// the turn above them: a speaker's answer running over paragraphs, between
// a labelled line that is no question and a later labelled line. It
// returns, per such paragraph, the colon of the turn's label.
func (f *finder) transcriptTurns(labels map[int]int) map[int]int {
	last := -1
	for p := range labels {
		last = max(last, p)
	}
	turns := map[int]int{}
	owner := -1
	for si, s := range f.sents {
		if si > 0 && f.sents[si-1].para == s.para {
			continue
		}
		if colon, ok := labels[s.para]; ok {
			owner = -1
			if f.toks[colon-1].text != "Q" {
				owner = colon
			}
			continue
		}
		if f.stageDirection(s) || f.directionLine(s) {
			owner = -1
			continue
		}
		labelled := f.outletQuestionLine(s) // "Q: …", "REPORTER (Radio): …": a line of its own
		for k := s.t0; k < s.t1 && k < s.t0+6 && !labelled; k++ {
			labelled = f.is(k, ":")
		}
		if owner < 0 || labelled || s.para > last || f.paraZone[s.para] != "body" || f.toks[s.t0].kind == tQuote || capitals(f.toks[s.t0].text) || s.para != f.toks[owner].para+1 && turns[s.para-1] != owner {
			owner = -1
			continue
		}
		turns[s.para] = owner
	}
	return turns
}

// capitalsLabelWithName reads the rest of a capitals label whose first n
// words end at k, when it names its speaker apart: a role with a name in
// brackets ("REPORTER (Ann Roe):", a given name first, not an outlet's
// "(Harbour Radio)") or a name with where they are from after a comma
// ("ANN ROE, MILL LANE:"). It returns the colon and the name.
func (f *finder) capitalsLabelWithName(k, n, para int) (int, rng, bool) {
	if f.is(k, "(") && n == 1 {
		j := k + 1
		for j < k+4 && f.word(j) && f.toks[j].para == para && isCap(f.toks[j].text) && !capitals(f.toks[j].text) {
			j++
		}
		if j-k-1 >= 2 && f.is(j, ")") && f.is(j+1, ":") && f.toks[j+1].para == para && (givenGender(f.toks[k+1].text) != 0 || f.nameElsewhere(rng{k + 1, j})) {
			return j + 1, rng{k + 1, j}, true
		}
		return f.callerPlaceLabel(k, para) // "CALLER (Jan, Hexley):"
	}
	if !f.is(k, ",") || n < 2 {
		return 0, rng{}, false
	}
	j := k + 1
	for j < k+5 && f.word(j) && f.toks[j].para == para && capitals(f.toks[j].text) {
		j++
	}
	if j > k+1 && f.is(j, ":") && j+1 < len(f.toks) && f.toks[j+1].para == para {
		return j, rng{f.sents[f.sentOfTok(k)].t0, k}, true
	}
	return 0, rng{}, false
}

// rankedLine reports a line of standings from token k on, "1. Roe (KEN)
// 2:09:41; 2. Hale …": a heading in capitals over it ("MEN:", "UNDER-20S:")
// heads a list of results, which no speaker says, and is no transcript
// label. The list opens at "1." and goes on, after a semicolon or comma,
// to "2." in the same paragraph; points a speaker numbers in sentences
// ("1. We never saw it. 2. …") stay a turn.
func (f *finder) rankedLine(k int) bool {
	if !f.word(k) || f.toks[k].text != "1" || !f.is(k+1, ".") {
		return false
	}
	for j := k + 2; j+1 < len(f.toks) && f.toks[j].para == f.toks[k].para; j++ {
		if f.word(j) && f.toks[j].text == "2" && f.is(j+1, ".") && (f.is(j-1, ";") || f.is(j-1, ",")) {
			return true
		}
	}
	return false
}

// nameElsewhere reports whether the words of r, a name, come again in
// another paragraph ("a report from Ann Roe"); an outlet named in its own
// line ("REPORTER (Bay Radio): Ann Roe, Bay Radio.") does not count.
func (f *finder) nameElsewhere(r rng) bool {
	n := r.b - r.a
	for k := 0; k+n <= len(f.toks); k++ {
		if f.toks[k].para == f.toks[r.a].para || f.toks[k].text != f.toks[r.a].text {
			continue
		}
		same := true
		for j := 1; j < n && same; j++ {
			same = f.toks[k+j].text == f.toks[r.a+j].text
		}
		if same {
			return true
		}
	}
	return false
}

// nameLabel reads a label of one to three capitalised words, none in
// capitals, and a colon opening the paragraph at t0 ("Kit:", "Rhona
// Beaton:"); it returns the colon.
func (f *finder) nameLabel(t0, para int) (int, bool) {
	k := t0
	for k < t0+3 && f.word(k) && f.toks[k].para == para && !f.quoted(k) && isCap(f.toks[k].text) && !capitals(f.toks[k].text) &&
		!notLabels[f.low(k)] && !functionWords[f.low(k)] && !sentenceOpeners[f.low(k)] {
		k++
	}
	if k > t0 && f.is(k, ":") && k+1 < len(f.toks) && f.toks[k+1].para == para {
		return k, true
	}
	return 0, false
}

// keepNameLabels adds the name labels ("Kit:", "Rhona Beaton:") to a
// page's labels when they make a transcript: three lines at least, one
// speaker's label on two of them. The label of the first is the host's.
func (f *finder) keepNameLabels(labels, named map[int]int) {
	if len(named) < 3 {
		return
	}
	f.dropUnlikeLabels(named) // "Final: Roe bt Hale 21-19"
	count, first, repeated := map[string]int{}, -1, false
	for p, colon := range named {
		l := f.labelText(rng{f.labelStart(colon), colon})
		count[l]++
		repeated = repeated || count[l] > 1
		if first < 0 || p < first {
			first = p
		}
	}
	if !repeated {
		return
	}
	for p, colon := range named {
		labels[p] = colon
	}
	f.hostLabel = f.labelText(rng{f.labelStart(named[first]), named[first]})
}

// labelStart is the first token of the label ending at colon: the
// paragraph's first, or the one after its clock stamp ("[14:02] Name:").
func (f *finder) labelStart(colon int) int {
	k := colon
	for k > 0 && f.toks[k-1].para == f.toks[colon].para {
		k--
	}
	return f.afterClockStamp(k, f.toks[colon].para)
}

// aliasBareLabels names a bare role label ("REPORTER:") by the name an
// earlier label of the same role gave ("REPORTER (Ann Roe):").
func (f *finder) aliasBareLabels(labels map[int]int) {
	named := map[string]rng{}
	paras := make([]int, 0, len(labels))
	for p := range labels {
		paras = append(paras, p)
	}
	sort.Ints(paras)
	for _, p := range paras {
		colon := labels[p]
		start := f.labelStart(colon)
		if who, ok := f.labelWho[p]; ok && f.is(who.b, ")") {
			named[f.low(start)] = who
			named[f.labelKey(start, who.a-1)] = who
		} else if who, ok := named[f.low(start)]; ok && colon == start+1 {
			f.labelWho[p] = who
		} else if who, ok := named[f.labelKey(start, colon)]; ok && colon > start+1 {
			f.labelWho[p] = who
		}
	}
}

// labelSpeaker is the speaker of the label from t0 to colon in paragraph
// para: the name it gives apart, or the whole label.
func (f *finder) labelSpeaker(t0, para, colon int) rng {
	if who, ok := f.labelWho[para]; ok {
		return who
	}
	return rng{f.afterClockStamp(t0, para), colon}
}

// stageDirection reports a transcript paragraph opening at sentence s
// that is all in square brackets ("[SPONSOR BREAK]", "[MUSIC]"): the turn
// above ends there, and what follows it, an advertisement read or a jingle,
// is nobody's turn until the next label.
func (f *finder) stageDirection(s sentence) bool {
	if !f.is(s.t0, "[") {
		return false
	}
	k := s.t0
	for k+1 < len(f.toks) && f.toks[k+1].para == s.para {
		k++
	}
	return f.is(k, "]")
}

// qaLabel reports an interview's "Q" or "A" label.
func qaLabel(w string) bool { return w == "Q" || w == "A" }

// capitals reports a word in capitals of two letters or more.
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// transcriptLine makes the paragraph opening at sentence si, when it is a
// transcript line, one direct statement by its label; it returns the token
// after the paragraph.
// An interviewer's question ("Q: …") is no statement, though what it
// reports may be one.
func (f *finder) transcriptLine(si int, labels map[int]int) (int, int, bool) {
	s := f.sents[si]
	colon, ok := labels[s.para]
	speaker, start := f.labelSpeaker(s.t0, s.para, colon), colon+1
	if !ok {
		// a paragraph going on with the turn above it
		owner, cont := f.turnOf[s.para]
		if !cont || si > 0 && f.sents[si-1].para == s.para {
			return 0, 0, false
		}
		colon, speaker, start = owner, f.labelSpeaker(f.sents[f.sentOfTok(owner)].t0, f.toks[owner].para, owner), s.t0
	} else if s.t0 > colon || f.toks[colon-1].text == "Q" {
		return 0, 0, false
	}
	end := start
	for end < len(f.toks) && f.toks[end].para == s.para {
		end++
	}
	i := f.addTranscriptTurn(si, speaker, rng{start, end}, colon)
	return i, end, i >= 0
}

// innerQuotes finds a quotation inside a direct statement of the sentence
// with a frame of its own, also inside ("“… the minister told us, ‘No
// pensioner will be worse off,’” Abernethy said"): a statement nested in
// the outer one, with its own speaker and cue.
func (f *finder) innerQuotes(first int) {
	n := len(f.atts)
	for ai := first; ai < n; ai++ {
		outer := f.atts[ai]
		if !outer.direct || outer.pattern == "T" {
			continue
		}
		qi := f.toks[outer.content.a].quote
		if qi < 0 || f.quotes[qi].t0 != outer.content.a {
			continue
		}
		q := f.quotes[qi]
		f.inner = qi
		for k := q.t0 + 1; k < q.t1; k++ {
			t := f.toks[k]
			if t.kind != tPunct || !opensAt(f.runes, t.start, f.toks[q.t0].end, t.start+1+1) || t.text == string(f.runes[q.open]) {
				continue
			}
			c := f.innerClose(k, q)
			if c < 0 || f.wordsIn(rng{k, c + 1}) < 4 {
				continue
			}
			a := attribution{content: rng{k, c + 1}, sent: outer.sent, direct: true, priority: prioDirect}
			inner := quotation{t0: k, t1: c, words: f.wordsIn(rng{k, c + 1})}
			if f.cueThenQuote(&a, inner, sentence{t0: q.t0 + 1, t1: q.t1}) || f.quoteThenCue(&a, f.skipComma(c+1), q.t1) || f.colonInner(&a, k, q) || f.innerPutIt(&a, k, q) {
				a.conf = 0.5
				idx := f.add(a)
				f.atts[idx].nestedIn = ai
				k = c
			}
		}
		f.innerReports(ai, q)
		f.inner = -1
	}
}

// innerReports finds the statements a quotation reports in its own words,
// with a third person or a named speaker of their own: "“Our customers
// told us they did not want …,” Kettering wrote", "“Derek says the
// committee will go with a local firm …”". They are nested in the
// quotation's statement. f.inner must be the quotation.
func (f *finder) innerReports(ai int, q quotation) {
	lo := q.t0 + 1
	for k := q.t0 + 1; k < q.t1; k++ {
		if f.is(k, ".") && !f.abbrevDot(k) || f.is(k, "?") || f.is(k, "!") || f.toks[k].kind == tQuote {
			lo = k + 1
			continue
		}
		cw, ok, inf := f.cueAt(k, lo)
		if !ok || inf || f.usedCue[k] || cw.class == cueDemand || cw.lemma == "ask" {
			continue
		}
		end := k + 1
		for end < q.t1 && !(f.is(end, ".") && !f.abbrevDot(end)) && !f.is(end, "?") && !f.is(end, "!") && !f.is(end, ";") && f.toks[end].kind != tQuote {
			end++
		}
		if f.is(end-1, ",") {
			end--
		}
		sa, sb, ok := f.speakerBefore(k, lo)
		if !ok || sa != lo && !f.is(sa-1, ",") {
			continue
		}
		a := attribution{sent: f.atts[ai].sent, speaker: rng{sa, sb}, cue: f.cueRange(k), cueLemma: cw.lemma, priority: prioIndirect}
		if !f.indirectContent(&a, k+1, end, cw) || a.conf < 0.8 && !f.clauseLike(a.content) {
			continue
		}
		a.pattern, a.conf = "I1", 0.45
		idx := f.add(a)
		f.atts[idx].nestedIn = ai
		k = end
	}
}

// colonInner reads an inner quotation after a colon whose clause has a
// subject of its own ("“She sent me a message after the match: ‘Now go to
// sleep …’”", "“She always ended the letter the same way: ‘Stay
// curious.’”"): the words quoted are that subject's.
func (f *finder) colonInner(a *attribution, k int, q quotation) bool {
	if !f.is(k-1, ":") {
		return false
	}
	// the start of the clause before the colon, inside the outer quotation
	t := k - 2
	for t > q.t0+1 && !(f.toks[t-1].kind == tPunct && strings.ContainsAny(f.toks[t-1].text, ".!?;")) {
		t--
	}
	sa, sb, ok := f.phraseAt(t, k-1)
	if !ok || sb >= k-2 {
		return false
	}
	a.speaker = rng{sa, sb}
	a.pattern, a.conf = "Dc", 0.4
	f.colonInnerCue(a, k)
	return true
}

// innerClose finds the mark closing an inner quotation opened at token k
// inside quotation q, or -1.
func (f *finder) innerClose(k int, q quotation) int {
	open := f.runes[f.toks[k].start]
	for j := k + 1; j < q.t1; j++ {
		t := f.toks[j]
		if t.kind == tPunct && closesAt(f.runes, open, t.start, f.toks[q.t1].start) {
			return j
		}
	}
	return -1
}

func (f *finder) skipComma(j int) int {
	if f.is(j, ",") {
		return j + 1
	}
	return j
}

// sentEnd is the last token of the sentence's text: final punctuation outside
// quotation marks is not part of any content.
func (f *finder) sentEnd(s sentence) int {
	e := f.translatorTail(s.t0, f.reactionTail(s.t0, s.t1)) // "… hope". [applause]": the room, not the speaker; "(translated)": the translator
	// "below 3%": a sign glued to its number is part of the last word
	for e > s.t0 && f.toks[e-1].kind == tPunct && !f.quoted(e-1) && !f.abbrevEnd(e-1) && !(unitSign(f.toks[e-1].text) && f.glued(e-1)) && !f.glossClose(e-1, s.t0) {
		e--
	}
	return e
}

// unitSign reports whether s is a sign that follows a number without a
// space and belongs to it.
func unitSign(s string) bool {
	return s == "%" || s == "°" || s == "‰"
}

// abbrevEnd reports whether token k is the period of an abbreviation
// ("10 a.m.", "the U.S.", "Acme Inc."), which a statement keeps: it never
// ends inside one.
func (f *finder) abbrevEnd(k int) bool {
	if !f.is(k, ".") || !f.glued(k) || !f.word(k-1) {
		return false
	}
	return strings.Contains(f.toks[k-1].text, ".") || f.lexicons(k-1)&(inAbbreviations|inCompanySuffixes) != 0
}

// directQuote reports whether quotation q can be a statement on its own: long
// enough, not a title, and standing where direct quotes stand (sentence
// start, after a colon, after a cue or closing the sentence after a comma).
func (f *finder) directQuote(q quotation, s sentence) bool {
	if q.title && !f.cueAfterComma(q) || q.words < 4 && !(q.words >= 2 && f.shortSentence(q)) {
		return false
	}
	if q.t0 == s.t0 {
		return true
	}
	prev := q.t0 - 1
	atEnd := f.translationEnd(q) >= f.sentEnd(s)
	switch {
	case f.is(prev, ":"):
		return true
	case f.is(prev, ",") && atEnd:
		return true
	case f.quoteInCoordinatedClause(q):
		return true
	case atEnd && f.word(prev) && cueWords[f.low(prev)].lemma != "" && isCap(f.toks[q.t0+1].text):
		return true
	}
	return false
}

// shortSentence reports whether a quotation of a few words is a sentence of
// its own ("“We will appeal,” said …", "“It was enough.”"): it opens with a
// capital and a pronoun or a name, and its closing mark follows a
// sentence's punctuation.
func (f *finder) shortSentence(q quotation) bool {
	first, last := q.t0+1, q.t1-1
	if !f.word(first) || !isCap(f.toks[first].text) || last <= first || f.toks[last].kind != tPunct {
		return false
	}
	switch f.toks[last].text {
	case ".", "!", "?", ",":
	default:
		return false
	}
	if f.cueAfterComma(q) {
		return true
	}
	// a verb among its words: a pronoun or auxiliary says so
	for k := first; k < last; k++ {
		if f.word(k) && (clauseVerbs[f.low(k)] || pronouns[f.low(k)] || objectPronouns[f.low(k)]) {
			return true
		}
	}
	return false
}

// cueAfterComma reports whether a quotation ends in a comma inside its
// marks and a cue follows it, with or without a pronoun first: "“Ask
// Elsie,” she says", "“Ask the chairman,” said Diaz" are speech, however
// short or capitalised.
func (f *finder) cueAfterComma(q quotation) bool {
	n := q.t1 + 1
	if !f.is(q.t1-1, ",") || !f.word(n) {
		return false
	}
	_, cue := cueWords[f.low(n)]
	_, cue2 := cueWords[f.low(n+1)]
	return cue || pronouns[f.low(n)] && cue2 || f.nameThenCue(q)
}

// objectPronouns and the first and second persons mark a short quotation
// as a clause ("“People trust her,” he says").
var objectPronouns = words(`i we you me us him her them`)

// directQuotes applies D1 ("…," said Peskov), D2 ("…," Peskov added) and D3
// (Peskov said: "…") to the sentence's quotations.
func (f *finder) directQuotes(si int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	from := sort.Search(len(f.quotes), func(i int) bool { return f.quotes[i].t0 >= s.t0 })
	covered := s.t0
	for qi := from; qi < len(f.quotes) && f.quotes[qi].t0 < s.t1; qi++ {
		q := f.quotes[qi]
		if q.t0 < covered || f.usedQuote[qi] {
			continue
		}
		a := attribution{content: rng{q.t0, q.t1 + 1}, sent: si, direct: true, priority: prioDirect}
		j := f.translatorNoteEnd(q.t1 + 1) // "“…,” (translated) Berrocal said"
		if f.is(j, ",") {
			j++
		}
		if ok := f.quoteThenCue(&a, j, end); ok {
			// "“Safe staffing,” said Tom Reilly, “is not a luxury.”": one
			// quotation split around its frame. As the guidelines ask, that
			// is two statements with the same speaker and cue.
			if rest := f.frameAdjunctEnd(f.frameEnd(a), end); f.is(rest, ",") && rest+1 < len(f.toks) && f.toks[rest+1].kind == tQuote {
				if q2 := f.quotes[f.toks[rest+1].quote]; q2.t0 == rest+1 && q2.t1+1 >= end && q.words+q2.words >= 4 {
					f.add(a)
					b := a
					b.content = rng{q2.t0, q2.t1 + 1}
					f.add(b)
					covered = b.content.b
					continue
				}
			}
			if f.directQuote(q, s) || f.is(q.t0-1, ",") && q.words >= 4 && !q.title || f.exclamation(q) {
				f.add(a)
				covered = a.content.b
				continue
			}
		}
		if f.shoutedExclamation(&a, q, s) { // shouted “Resign!”
			f.add(a)
			covered = a.content.b
			continue
		}
		if !f.directQuote(q, s) {
			continue
		}
		if f.cueThenQuote(&a, q, s) {
			f.add(a)
			covered = a.content.b
			continue
		}
		// "Ebert put it bluntly: “…”": the subject of a sentence that hands
		// over to a quotation after a colon, at low confidence.
		if f.is(q.t0-1, ":") && f.translationEnd(q) >= end {
			// but in the body a bare "Green List: ‘our best night ever’"
			// is a subheading's label, not a frame (a headline's is one)
			if sa, sb, ok := f.phraseAt(f.afterClipLabel(s.t0), q.t0); ok && !(sb == q.t0-1 && f.paraZone[s.para] == "body") {
				a.speaker, a.pattern, a.conf = rng{sa, sb}, "D3", 0.5
				if f.contentBeforeColon(a, s.t0, q.t0-1) {
					if m, ok := f.messageBeforeColon(a, q, a.speaker.b+1); ok {
						f.add(m) // "said he had texted her: “…”": nested in the clause
					}
					continue // "told me the cause was simple: “…”": one indirect statement
				}
				// "stood up and asked: “…?”": the quotation is asked
				if cueWords[f.low(q.t0-2)].lemma == "ask" {
					a.cueLemma = "ask"
				}
				f.farCueBeforeColon(&a, s.t0, q.t0-1)
				f.expressiveBeforeColon(&a, q.t0-1) // "Morley smiled: “…”"
				if f.authorsOwnDocument(a.speaker, si) {
					continue
				}
				f.add(a)
				covered = a.content.b
			}
		}
	}
}

// frameEnd is the token after an attribution's frame: speaker, cue and
// addressee, whichever ends last.
func (f *finder) frameEnd(a attribution) int {
	return max(a.speaker.b, a.cue.b, a.addressee.b)
}

// quoteThenCue matches D1 and D2 on the tokens after a quotation, from j.
func (f *finder) quoteThenCue(a *attribution, j, end int) bool {
	if j >= end {
		return false
	}
	if cw, ok, inf := f.cueAt(j, j); ok && !inf {
		sa, sb, ok := f.phraseAfter(j+1, end)
		if !ok {
			sa, sb, ok = f.describedNameAfter(j+1, end) // "…," said his centre-back partner, Luke Ashdown.
		}
		if ok {
			if na, nb, ok := f.appositiveNameAfter(sa, sb, end); ok {
				sa, sb = na, nb // "…," said his mother, Aoife Kerr.
			}
			a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{j, j + 1}, cw.lemma
			a.pattern, a.conf = "D1", 0.9
			f.afterCue(a, sb, end, cw) // the frame goes on after the speaker: "…," warned Gary Pike, …
			return true
		}
		return false
	}
	for c := j; c < end && c < j+quoteCueReach; c++ {
		if f.quoted(c) || f.is(c, ".") && !f.abbrevDot(c) || f.is(c, ";") {
			return false
		}
		cw, ok, inf := f.cueAt(c, j)
		if !ok || inf {
			continue
		}
		sa, sb, ok := f.speakerBefore(c, j)
		if !ok || sa != j && !f.appositionFrom(j, sa) {
			return false
		}
		a.speaker, a.cue, a.cueLemma = rng{sa, sb}, f.cueRange(c), cw.lemma
		a.pattern, a.conf = "D2", 0.9
		f.afterCue(a, c+1, end, cw)
		return true
	}
	return f.expressiveAfterQuote(a, j, end) || f.voicedAfterQuote(a, j, end) || f.quotedAsAfterQuote(a, j, end) // "“…,” he grinned.", "“Order!” cried …", "«…,» he was quoted as saying"
}

// appositionFrom reports whether the tokens from j up to the speaker at sa
// are a role phrase and a comma: "…," the museum's director, Helen Ashby, said.
func (f *finder) appositionFrom(j, sa int) bool {
	if !f.is(sa-1, ",") {
		return false
	}
	a, _, ok := f.phraseBefore(sa-2, j)
	return ok && a == j || f.nameAfterLowerRole(j, sa)
}

// nameAfterLowerRole reports whether the tokens from j up to the comma
// before the name at sa are a role in lower case that the role lexicon does
// not parse: a determiner, then up to five lower-case words with only "of",
// "for" or "and" among the function words ("its head of policy, Delroy
// Kane,", "the vice-chancellor, Professor Ann Lee,").
func (f *finder) nameAfterLowerRole(j, sa int) bool {
	if !f.nameWord(sa) || !f.word(j) || f.quoted(j) || !isDeterminer(f.low(j)) || f.low(j) == "one" || sa-1-j < 2 || sa-1-j > 6 {
		return false
	}
	for k := j + 1; k < sa-1; k++ {
		lw := f.low(k)
		if !f.word(k) || f.quoted(k) || isCap(f.toks[k].text) || clauseVerbs[lw] {
			return false
		}
		if functionWords[lw] && lw != "of" && lw != "for" && lw != "and" || isDeterminer(lw) {
			return false
		}
	}
	return !functionWords[f.low(sa-2)]
}

// afterCue records an addressee after a tell-class cue and an "according to"
// channel that follows the frame.
func (f *finder) afterCue(a *attribution, j, end int, cw cueWord) {
	if cw.class == cueTell {
		if aa, ab, ok := f.addresseeAfter(j, end); ok {
			a.addressee = rng{aa, ab}
			j = ab
		}
	}
	j = f.skipAdjunctAfter(j, end)
	if f.is(j, ",") && f.low(j+1) == "according" && f.low(j+2) == "to" {
		a.medium = rng{j + 1, f.clauseEnd(j+3, end)}
	}
}

// clauseEnd is the first comma, semicolon or the sentence end from j.
func (f *finder) clauseEnd(j, end int) int {
	for k := j; k < end; k++ {
		if !f.quoted(k) && (f.is(k, ",") || f.is(k, ";")) {
			return k
		}
	}
	return end
}

// cueThenQuote matches D3: S CUE ADDR? [:,]? "…".
func (f *finder) cueThenQuote(a *attribution, q quotation, s sentence) bool {
	c := q.t0 - 1
	if f.is(c, ":") || f.is(c, ",") {
		c--
	}
	if f.setOutFrame(a, q, s) {
		return true
	}
	var addr rng
	for k := c; k > s.t0 && k > c-f.colonCueReach(c); k-- {
		cw, ok, inf := f.cueAt(k, s.t0)
		// "My uncle used to say, ‘…’": a habit of saying, no infinitive
		habit := ok && inf && f.low(k-1) == "to" && f.low(k-2) == "used"
		if ok && (!inf || habit) {
			if k != c {
				aa, ab, ok := f.addresseeAfter(k+1, c+1)
				if !ok {
					aa, ab, ok = f.partitiveAddressee(k+1, c+1)
				}
				if !ok {
					aa, ab, ok = f.quoteHearerEveryone(k+1, c+1) // "told everyone, ‘…’"
				}
				// "He said to me, ‘…’": a hearer after "to"
				if !ok && f.low(k+1) == "to" && f.hearerPronoun(k+2) && (k+3 == c+1 || f.saidAdjunct(k+3, c+1)) {
					aa, ab, ok = k+2, k+3, true
					cw.class = cueTell
				}
				// "Haldane told us in January, ‘…’": a hearer, then a time
				// or an event ("told the players at the break, ‘…’")
				if ok && cw.class == cueTell && ab != c+1 && f.saidAdjunct(ab, c+1) {
					ab = c + 1
				}
				if cw.class != cueTell || !ok || ab != c+1 {
					if !f.saidAdjunct(k+1, c+1) && !f.colonFrameAdjunct(k+1, c+1) {
						return false
					}
				} else {
					addr = rng{aa, ab}
				}
			}
			cue := rng{f.aspectualStart(k), k + 1} // "keeps saying"
			if habit {
				cue.a = k - 2
			}
			sa, sb, ok := f.speakerBefore(cue.a, s.t0)
			if !ok {
				sa, sb, ok = f.coordinatedSubject(cue.a, s.t0)
			}
			if !ok {
				sa, sb, ok = f.adverbCoordinatedSubject(cue.a, s.t0) // "Ada just walked …, stood … and said"
			}
			if !ok {
				return false
			}
			if !habit {
				cue = f.cueRange(k) // "had told her: “…”": the auxiliary too
			}
			a.speaker, a.cue, a.cueLemma, a.addressee = rng{sa, sb}, cue, cw.lemma, addr
			a.pattern, a.conf = "D3", 0.85
			return true
		}
	}
	return false
}

// cues applies the cue-anchored patterns to every unused cue of the sentence.
func (f *finder) cues(si, first int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	for c := s.t0; c < end; c++ {
		if f.usedCue[c] || f.quoted(c) {
			continue
		}
		if f.lexicons(c)&inCharacterise != 0 {
			f.characterised(si, c, end)
			f.describedAsWord(si, c, end) // "described the figures as ‘cooked’"
			continue
		}
		if f.low(c) == "put" && f.low(c+1) == "it" {
			if !f.putItTo(si, c, end) {
				f.putIt(si, c, end)
			}
			continue
		}
		if pw, ok := f.participleAt(c); ok && f.is(c-1, ",") {
			f.participle(si, c, pw, end, first)
			continue
		}
		cw, ok, inf := f.cueAt(c, s.t0)
		if !ok || f.acceptedInReport(c, cw) {
			continue
		}
		if inf {
			if !f.contactedToSay(si, c, cw, end) {
				f.infinitive(si, c, cw, end)
			}
			continue
		}
		if (cw.lemma == "post" || cw.lemma == "tweet" || cw.lemma == "write") && f.postedMessage(si, c, cw, end) {
			continue
		}
		if cw.lemma == "show" {
			// only "Emails seen by … show that …" and "…, bank records show."
			if !f.preposed(si, c, cw, end) {
				f.shownAfter(si, c, cw, end)
			}
			continue
		}
		if f.colonQuote(si, c, cw) || f.postposed(si, c, cw, end) || f.preposed(si, c, cw, end) {
			continue
		}
		f.coordinatedCue(si, c, cw, end, first)
	}
}

// postedMessage reads "The mayor posted a photo of the road with the
// message “Stay off the coast road tonight.”" and "…, she wrote: “…”": the
// quotation that closes the sentence after "message", "caption", "words" or
// a colon is the post, and its author the speaker.
func (f *finder) postedMessage(si, c int, cw cueWord, end int) bool {
	s := f.sents[si]
	sa, sb, ok := f.speakerBefore(c, s.t0)
	if !ok {
		return false
	}
	for k := c + 1; k < end && k < c+30; k++ {
		if f.toks[k].kind != tQuote {
			continue
		}
		q := f.quotes[f.toks[k].quote]
		if q.t0 != k || q.title || q.words < 3 || q.t1+1 < end || f.usedQuote[f.toks[k].quote] {
			return false
		}
		p := k - 1
		if f.is(p, ":") || f.is(p, ",") {
			p--
		}
		if !f.is(k-1, ":") && !postWords[f.low(p)] {
			return false
		}
		f.add(attribution{sent: si, speaker: rng{sa, sb}, cue: f.cueRange(c), cueLemma: cw.lemma,
			content: rng{q.t0, q.t1 + 1}, direct: true, pattern: "D3", conf: 0.6, priority: prioDirect})
		f.usedQuote[f.toks[k].quote] = true
		return true
	}
	return false
}

// postWords name what a post says ("with the message “…”").
var postWords = words(`message caption words text note comment post line`)

// colonQuote reads a frame that ends its sentence with a colon, its
// quotation opening the next sentence, often the next paragraph ("Asked
// whether she would apologise, she said:" then "“I will apologise when …”").
func (f *finder) colonQuote(si, c int, cw cueWord) bool {
	s := f.sents[si]
	colon := s.t1 - 1
	if !f.is(colon, ":") || f.quoted(colon) || si+1 >= len(f.sents) {
		return false
	}
	j := c + 1
	if cw.class == cueTell {
		if _, ab, ok := f.addresseeAfter(j, colon); ok {
			j = ab
		}
	}
	if f.skipAdjunctAfter(j, colon) != colon {
		return false
	}
	next := f.sents[si+1]
	qi := f.toks[next.t0].quote
	if qi < 0 || f.usedQuote[qi] || next.para-s.para > 1 {
		return false
	}
	q := f.quotes[qi]
	if q.t0 != next.t0 || q.title || q.words < 4 || q.t1+1 < f.sentEnd(next) {
		return false
	}
	sa, sb, ok := f.speakerBefore(c, s.t0)
	if !ok {
		return false
	}
	f.add(attribution{sent: si, speaker: rng{sa, sb}, cue: f.cueRange(c), cueLemma: cw.lemma,
		content: rng{q.t0, q.t1 + 1}, direct: true, pattern: "D3", conf: 0.7, priority: prioDirect})
	f.usedQuote[qi] = true
	return true
}

// characterised reads "Rhodes called the ruling “a victory for every
// voter …”": a verb of naming whose quoted object closes the sentence is a
// quotation of the subject.
func (f *finder) characterised(si, c, end int) {
	s := f.sents[si]
	sa, sb, ok := f.speakerBefore(c, s.t0)
	if !ok {
		return
	}
	for k := c + 1; k < end && k < c+10; k++ {
		if f.toks[k].kind != tQuote {
			if f.is(k, ",") || f.is(k, ";") {
				return
			}
			continue
		}
		q := f.quotes[f.toks[k].quote]
		if q.t0 != k || q.title || q.words < 4 || q.t1+1 < end || f.nicknameQuote(c, q) {
			return
		}
		f.add(attribution{sent: si, speaker: rng{sa, sb}, cue: rng{c, c + 1}, cueLemma: f.low(c),
			content: rng{q.t0, q.t1 + 1}, direct: true, pattern: "D3", conf: 0.6, priority: prioDirect})
		return
	}
}

// putIt reads "As one curator put it, the decision “changes …”": the
// clause after the comma is the speaker's.
func (f *finder) putIt(si, c, end int) {
	s := f.sents[si]
	if f.low(s.t0) != "as" || !f.is(c+2, ",") {
		return
	}
	sa, sb, ok := f.speakerBefore(c, s.t0+1)
	if !ok || sa != s.t0+1 {
		return
	}
	a := attribution{sent: si, speaker: rng{sa, sb}, cue: rng{c, c + 2}, cueLemma: "put", priority: prioIndirect,
		content: rng{c + 3, end}, pattern: "I2", conf: 0.6}
	if f.wordsIn(a.content) >= 3 {
		f.add(a)
	}
}

// participle reads ", saying …", ", telling Reuters that …", ", warning
// that …": the speaker is the sentence's earlier speaker or its subject.
func (f *finder) participle(si, c int, cw cueWord, end, first int) {
	s := f.sents[si]
	var sp rng
	for p := len(f.atts) - 1; p >= first; p-- {
		if f.atts[p].cue.a < c && !f.atts[p].speaker.empty() {
			sp = f.atts[p].speaker
			break
		}
	}
	// "When Rennard said …, the Chancellor was on her feet …, insisting
	// …": a participle after the main clause is its subject's, not the
	// speaker's of a statement inside a fronted clause
	if m := f.mainSubject(si); m.a > 0 && (sp.empty() || sp.b <= m.a) && m.b <= c {
		sp = m
	}
	if sp.empty() {
		if sa, sb, ok := f.participleCoordinatedSubject(c, s.t0); ok {
			sp = rng{sa, sb} // "…, and a county officer replied once, saying …"
		}
	}
	if sp.empty() {
		sp = f.askedFrontedSubject(si, c) // "Asked …, Voss declined …, saying …"
	}
	if sp.empty() {
		sa, sb, ok := f.phraseAt(s.t0, c)
		if !ok {
			return
		}
		sp = rng{sa, sb}
		// "Small island states walked out of … talks, saying …": the
		// subject stops at its verb
		if v := f.verbAfter(s.t0, c); v > s.t0 && (v < sp.b || v-s.t0 <= 5 && f.nounsOnly(sp.b, v)) {
			sp.b = v
		}
		sp = f.linkedParticipleSubject(sp, s.t0, c) // "Analysts at Ferncroft Capital were …, saying"
	}
	a := attribution{sent: si, speaker: sp, cue: rng{c, c + 1}, cueLemma: cw.lemma, priority: prioIndirect}
	if !f.participleQuote(&a, c, end) && (!f.indirectContent(&a, c+1, end, cw) || a.conf < 0.8 && !f.clauseLike(a.content) && !f.quantityPastClause(a.content)) {
		return // ", adding to the backlog"
	}
	a.pattern, a.conf = "I1p", 0.5
	f.add(a)
}

// subordinators open a fronted clause ("When Rennard said …, the
// Chancellor …").
var subordinators = words(`when as after before while because if once since although though until`)

// fronted returns, for a sentence opening with a subordinator, the comma
// that closes its fronted clause (before a determiner, a name or a
// pronoun that opens the main clause), or -1.
func (f *finder) fronted(si int) int {
	return f.frontedComma(si, subordinators, f.sentEnd(f.sents[si]))
}

// frontedComma returns, for a sentence whose first token is one of
// openers, the first comma before end-1 (from its third token on) that
// closes the fronted clause: outside quotation marks and before a word,
// outside them too, that is a determiner, a name or a pronoun opening the
// main clause; -1 if none.
func (f *finder) frontedComma(si int, openers lexicon, end int) int {
	s := f.sents[si]
	if !openers[f.low(s.t0)] {
		return -1
	}
	for k := s.t0 + 2; k < end-1; k++ {
		if f.is(k, ",") && !f.quoted(k) && f.word(k+1) && !f.quoted(k+1) &&
			(isDeterminer(f.low(k+1)) || f.nameWord(k+1) || pronouns[f.low(k+1)]) {
			return k
		}
	}
	return -1
}

// mainSubject returns the subject of a sentence's main clause after a
// fronted clause (its phrase up to its verb), or an empty range.
func (f *finder) mainSubject(si int) rng {
	k := f.fronted(si)
	if k < 0 {
		return rng{}
	}
	return f.subjectPhraseAt(k+1, f.sentEnd(f.sents[si]))
}

// subjectPhraseAt returns the phrase that opens at a (before end) up to
// its verb, as the subject of a main clause after a fronted one; an empty
// range when no phrase opens at a.
func (f *finder) subjectPhraseAt(a, end int) rng {
	sa, sb, ok := f.phraseAt(a, end)
	if !ok || sa != a {
		return rng{}
	}
	if v := f.verbAfter(sa, end); v > sa && v < sb {
		sb = v
	}
	return rng{sa, sb}
}

// nounsOnly reports whether [a, b) holds only lower-case words that may
// be nouns of a subject ("states" in "Island states walked …").
func (f *finder) nounsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !f.word(k) || f.quoted(k) || isCap(f.toks[k].text) || !modifier(f.toks[k]) {
			return false
		}
	}
	return true
}

// verbAfter returns the first token after a that reads as a finite verb
// (an auxiliary or a past form after a noun), or -1.
func (f *finder) verbAfter(a, end int) int {
	for k := a + 1; k < end && k < a+8; k++ {
		if f.ampersand(k) {
			continue // "Analysts at Carrow & Finch were …": the "&" of a name
		}
		if !f.word(k) || f.quoted(k) {
			return -1
		}
		if lw := f.low(k); clauseVerbs[lw] || strings.HasSuffix(lw, "ed") && !roleNouns[lw] && !modifierWords[lw] {
			return k
		}
	}
	return -1
}

// coordinatedCue reads "…, but added that C" and "… and warned that C": a
// second cue sharing the subject of the sentence's previous attribution,
// whose content then stops at the conjunction.
func (f *finder) coordinatedCue(si, c int, cw cueWord, end, first int) {
	k := c - 1
	for k > f.sents[si].t0 && f.word(k) && auxWords[f.low(k)] {
		k--
	}
	if f.low(k) != "and" && f.low(k) != "but" {
		return
	}
	cut := k
	if f.is(k-1, ",") {
		cut = k - 1
	}
	for p := len(f.atts) - 1; p >= first; p-- {
		prev := &f.atts[p]
		if prev.direct || !prev.content.contains(k) || prev.speaker.empty() {
			continue
		}
		a := attribution{sent: si, speaker: prev.speaker, cue: f.cueRange(c), cueLemma: cw.lemma, priority: prioIndirect}
		if !f.indirectContent(&a, c+1, end, cw) || cw.class == cueDemand && a.conf < 0.8 {
			return // "… and urged them to return to talks" is an act, not a second statement
		}
		// "… its engineers had surveyed the pipes and found “no evidence
		// of a leak”": no "that" and no clause after the verb, which goes
		// on with the content's own subject
		if cw.class == cueThat && a.conf < 0.8 && !f.clauseLike(a.content) {
			return
		}
		prev.content.b = cut
		a.pattern, a.conf = "I1c", 0.55
		f.add(a)
		return
	}
	// "Northmoor Bank reported a 38% rise …, and said it would return
	// £900m …": the first verb reports no speech; the sentence's subject
	// is the speaker of the second.
	if len(f.atts) > first {
		return
	}
	s := f.sents[si]
	sa, sb, ok := f.phraseAt(f.afterFrontedAdverb(s.t0, k), k)
	if ok {
		if na, nb, named := f.nameAfterParticipleDescription(sa, sb, k); named {
			sa, sb = na, nb
		}
	}
	// "Talks broke down after the union rejected an offer and said …":
	// the verb before "and" is the subordinate clause's, whose subject
	// speaks
	for b := k - 1; b > s.t0; b-- {
		if f.quoted(b) || !f.word(b) {
			continue
		}
		if !subordinators[f.low(b)] {
			continue
		}
		if ua, ub, uok := f.phraseAt(b+1, k); uok && ub < k && f.word(ub) && strings.HasSuffix(f.low(ub), "ed") && !f.quoted(ub) {
			sa, sb, ok = ua, ub, true
		}
		break
	}
	if pa, pb, pok := f.frontedPronounSubject(s.t0, k); pok {
		sa, sb, ok = pa, pb, true // "In the interval she came over and said …"
	}
	if !ok || pronouns[f.low(sa)] && f.low(sa) != "it" && f.low(sa) != "they" && f.low(sa) != "he" && f.low(sa) != "she" {
		return
	}
	a := attribution{sent: si, speaker: rng{sa, sb}, cue: f.cueRange(c), cueLemma: cw.lemma, priority: prioIndirect}
	if !f.indirectContent(&a, c+1, end, cw) || cw.class == cueDemand && a.conf < 0.8 {
		return
	}
	a.pattern, a.conf = "I1c", 0.5
	f.add(a)
}

// postposed matches I2 (C, S CUE (on DAY)? [.,]), its inverted form
// (C, said S.) and I3 (a headline ending "…, Kremlin says"). A following
// ", and …" becomes a coordinated second statement.
func (f *finder) postposed(si, c int, cw cueWord, end int) bool {
	s := f.sents[si]
	var a attribution
	a.sent, a.cue, a.cueLemma, a.priority = si, f.cueRange(c), cw.lemma, prioIndirect
	after := c + 1
	if sa, sb, ok := f.speakerBefore(c, s.t0); ok && sa-1 > s.t0 && f.is(sa-1, ",") {
		a.speaker = rng{sa, sb}
		a.tail = rng{sa - 1, 0}
	} else if ja, jb, ok := f.jointSpeakerBefore(sa, sb, s.t0); ok {
		a.speaker = rng{ja, jb} // "…, the union and the trust said"
		a.tail = rng{ja - 1, 0}
	} else if f.is(c-1, ",") {
		sa, sb, ok := f.phraseAfter(c+1, end)
		if !ok {
			return false
		}
		if f.pleaObject(cw.lemma, sa, sb) {
			return false // "Tom Vale, 30, denies the murder of …": a plea
		}
		if na, nb, ok := f.appositiveNameAfter(sa, sb, end); ok {
			sa, sb = na, nb
		}
		a.speaker = rng{sa, sb}
		a.tail = rng{c - 1, 0}
		after = sb
	} else {
		return false
	}
	if cw.class == cueTell {
		if aa, ab, ok := f.addresseeAfter(after, end); ok {
			a.addressee = rng{aa, ab}
			after = ab
		}
	}
	after = f.skipAdjunctAfter(after, end)
	// "…, the chipmaker said on Wednesday as it reported a second loss."
	if w := f.low(after); (w == "as" || w == "when" || w == "while") && f.word(after) && !f.quoted(after) && f.wordsIn(rng{after, end}) <= 20 {
		after = end
	}
	if f.actAdjunct(after, end) {
		after = end
	}
	if after < end && !f.is(after, ",") && !f.is(after, ";") {
		return false
	}
	if f.adjunctThenThat(after, end) {
		return false // "…, who told him, by phone, that …": the content follows
	}
	a.tail.b = after
	a.content = rng{s.t0, a.tail.a}
	if r, ok := f.frontedAside(a.content, after, end); ok {
		a.content, after = r, end // "After that, he says, it is …"
	}
	if f.frontedTimePhrase(a.content, cw.lemma) {
		return false // "Within an hour of the ruling, she replied on Instagram."
	}
	if f.wordsIn(a.content) < 3 && !f.answerWord(a.content) || f.low(s.t0) == "asked" {
		return false // "Asked by Abernethy whether she would apologise, she said …": the question, not the answer
	}
	a.pattern, a.conf = "I2", 0.8
	if f.paraZone[s.para] == "headline" && f.toks[end-1].end == f.toks[s.t1-1].end {
		a.pattern, a.conf = "I3", 0.75
	}
	if f.is(after, ",") && f.low(after+1) == "according" && f.low(after+2) == "to" {
		a.medium = rng{after + 1, f.clauseEnd(after+3, end)}
	}
	ai := f.add(a)
	// "…, the Kremlin said on Sunday, and Putin would like to meet …", but
	// not "…, and they warned that …", which has a frame of its own.
	if f.is(after, ",") && (f.low(after+1) == "and" && !f.framed(after+2, end) || f.low(after+1) == "adding") {
		k := after + 2
		if f.low(k) == "that" {
			k++
		}
		co := f.atts[ai]
		co.content = rng{k, end}
		co.tail = rng{}
		co.medium = rng{}
		co.pattern, co.conf, co.priority = "I2c", 0.4, prioCoordinated
		if f.low(after+1) == "adding" {
			co.cue, co.cueLemma, co.conf = rng{after + 1, after + 2}, "add", 0.6
		}
		if f.wordsIn(co.content) >= 4 {
			f.add(co)
		}
	}
	return true
}

// framed reports whether a clause starting at k opens with a speaker and a
// cue of its own ("they warned that …").
func (f *finder) framed(k, end int) bool {
	for c := k + 1; c < end && c < k+8; c++ {
		if _, ok, inf := f.cueAt(c, k); ok && !inf {
			sa, _, ok := f.speakerBefore(c, k)
			return ok && sa == k
		}
	}
	return false
}

// preposed matches I1: S AUX? CUE ADDR? (that)? C, content to the clause end.
func (f *finder) preposed(si, c int, cw cueWord, end int) bool {
	s := f.sents[si]
	sa, sb, ok := f.speakerBefore(c, s.t0)
	if !ok && cw.lemma == "show" {
		sa, sb, ok = f.bareDocumentsBefore(c, s.t0)
	}
	if !ok {
		sa, sb, ok = f.ratingSubject(c, s.t0) // "Admitted afterwards that …" in a rating
	}
	common := false // "…, and a paramedic told me that …": a clause must follow
	if !ok {
		sa, sb, ok = f.coordinatedCommonSubject(c, s.t0)
		common = ok
	}
	if da, db, dok := f.documentsAfterConjunction(c, s.t0); dok && cw.lemma == "show" {
		sa, sb, ok = da, db, true // "But emails seen by the paper show …"
	}
	if !ok || cw.lemma == "show" && !f.sourcedDocument(rng{sa, sb}) && !f.documentPronoun(sa, sb) && !f.bareDocuments(rng{sa, sb}) && !f.knownDocuments(sa, sb, si) && !f.pronounAfterDocuments(sa, sb, si) {
		return false
	}
	// "… looking closely at how the firm had explained the change to …",
	// "Why Lanternet says it is putting prices up": a frame inside a "how"
	// or "why" question is asked about, not reported
	if sa > s.t0 && f.word(sa-1) && !f.quoted(sa-1) && questionedFrameWords[f.low(sa-1)] {
		return false
	}
	// "When Rennard said the Budget amounted to “…”, the Chancellor was on
	// her feet …": a content inside a fronted clause ends with it
	if k := f.fronted(si); k > c && k < end {
		end = k
	}
	a := attribution{sent: si, speaker: rng{sa, sb}, cue: f.cueRange(c), cueLemma: cw.lemma, priority: prioIndirect}
	if !f.indirectContent(&a, c+1, end, cw) || common && !f.commonSubjectContent(a.content) {
		return false
	}
	a.pattern = "I1"
	f.add(a)
	return true
}

// questionedFrameWords open an indirect question whose subject may be a
// speaker with a cue: "how" and "why" (a "when" or "if" clause still
// reports).
var questionedFrameWords = words(`how why`)

// whWords open a wh-clause.
var whWords = words(`what how whether why when where who which if`)

// sourcedDocument reports whether a speaker phrase is a document with who
// saw or released it ("Emails seen by the Ledger", "Records obtained by
// …"): what such documents "show" is reported as their statement, while
// "The papers show …" is the reporter's own reading and no statement.
func (f *finder) sourcedDocument(r rng) bool {
	for k := r.a + 1; k < r.b; k++ {
		if documentParticiples[f.low(k)] && f.low(k+1) == "by" {
			return true
		}
	}
	return false
}

// indirectContent fills the content after a cue (and the addressee), and the
// confidence, from token j. It refuses contents that are not clauses for the
// ambiguous verbs ("added 200 jobs").
func (f *finder) indirectContent(a *attribution, j, end int, cw cueWord) bool {
	// "asked how the airline could …", "asked him whether …": a reported
	// question, which no gold tags as a statement
	if cw.lemma == "ask" {
		return false
	}
	if cw.class == cueTell {
		aa, ab, ok := f.addresseeAfter(j, end)
		if !ok {
			aa, ab, ok = f.bareHearers(j, end) // "told mourners she had …"
		}
		if !ok {
			aa, ab, ok = f.nameHearer(j, end) // "told Newsnight most of …"
		}
		if !ok {
			aa, ab, ok = f.indefiniteHearer(j, end) // "told nobody how …"
		}
		if !ok && f.hearerlessTold(cw, j, end) {
			return false // "Residents told they will not …": they were told
		}
		if ok {
			a.addressee = rng{aa, ab}
			j = ab
			// "Satellites tell you what has already happened": what a
			// hearer is told by a wh-word is no reported clause
			if whWords[f.low(j)] || f.verbAfterHearer(j) {
				return false
			}
		}
	}
	j = f.skipAdjunctAfter(j, end)
	if f.is(j, ",") && f.low(j+1) == "that" {
		j++
	}
	// "She told me later, by phone, that …": an adjunct between commas
	if f.is(j, ",") {
		for k := j + 1; k < end && k < j+8; k++ {
			if f.is(k, ",") && f.low(k+1) == "that" {
				j = k + 1
				break
			}
			if !f.word(k) && !f.pinpoint(k) || f.quoted(k) || clauseVerbs[f.low(k)] {
				break
			}
		}
	}
	// "pointed out that …": the particle after the verb
	if cw.lemma == "point" {
		if f.low(j) != "out" {
			return false
		}
		j++
	}
	if f.low(j) == "only" && f.low(j+1) == "that" {
		j++
	}
	// "told supporters in the capital that …", "said outside court that
	// …", "told reporters after six days of talks that …", "told the
	// meeting that …", "told a parliamentary committee in 2011 that …"
	// … and "said in a video released by the club that …": a participle
	// with its agent, left of the adjunct
	if phraseLinks[f.low(j)] || beforeThatPreps[f.low(j)] || strings.HasSuffix(f.low(j), "ed") && f.low(j+1) == "by" || f.agentReach(j) > 0 || cw.class == cueTell && f.word(j) && !f.quoted(j) && (isDeterminer(f.low(j)) || f.nameWord(j) || !functionWords[f.low(j)] || a.addressee.empty() && f.demonstrativeHearer(j)) {
		// … "wrote in the memo, seen by the Ledger, that …": a
		// participle's clause between commas stretches the adjunct
		reach := j + 9
		for k := j + 1; k < end && k < reach; k++ {
			if f.is(k, ",") && documentParticiples[f.low(k+1)] && reach == j+9 {
				reach += 4
			}
			if reach <= j+13 {
				reach += f.agentReach(k) // "in a letter read by her niece, Ann Vane, that …"
			}
			if f.low(k) == "that" {
				j = k
				break
			}
			// "wrote to airlines on Jan. 5 that …"
			if !f.word(k) && !isNumber(f.toks[k].text) && !f.abbrevDot(k) && !f.is(k, ",") || f.quoted(k) || f.adjunctVerb(k) {
				break
			}
		}
	}
	// "said that was possible": "that" before a verb is the subject
	that := f.low(j) == "that" && !clauseVerbs[f.low(j+1)] && !f.demonstrativeThat(j)
	if that {
		j++
	}
	if !that && cw.class == cueTell {
		j = f.adjunctBeforeSubject(j, end) // "told fans at the gala she would …"
	}
	if !that && f.objectThenAdverbial(j, end) {
		return false // "reported the damp in writing before …": a thing reported
	}
	if !that && f.topicAbout(j, end) {
		return false // "complained about damp for years": a topic
	}
	// "said on Wednesday as it reported …": the time of saying, not what was said
	// … and "shouts when he should wait", "spoke while the crowd …": an
	// adverbial clause of time or cause after the cue is no content
	if !that && (f.low(j) == "as" || adverbialOpeners[f.low(j)]) {
		return false
	}
	if j >= end || f.is(j, ",") || f.is(j, ":") || f.is(j, ";") || f.quoted(j) && f.toks[j].kind == tQuote && f.quotes[f.toks[j].quote].t1 == j {
		return false
	}
	if f.adverbThenParticiple(j, end) {
		return false // "replied once, saying …": the participle reports
	}
	a.content = rng{j, end}
	if !that && f.timeOnlyContent(a.content) {
		return false // "Varnell replied an hour later:": when, not what
	}
	if !that && (f.prepositionalContent(a.content) || f.subjectlessPrepChain(a.content) || f.speechActObject(j)) {
		return false // "… about the plan", "shouted a warning when …", "found with injuries in a park have …"
	}
	if that && (f.thatObject(a.content) || f.thatParticle(a.content)) {
		return false // "said that at 35 as well": "that" is the object
	}
	// "said no to …", "said no more", but "said no refund ever arrived"
	quantifier := quantifiers[f.low(j)] && !(f.low(j) == "no" && f.word(j+1) && !quantifiers[f.low(j+1)] && f.low(j+1) != "to" && f.low(j+1) != "comment")
	// "said more rain was forecast", "said less money would be spent": a
	// quantified subject with its verb, not "said more about …"
	if q := f.low(j); quantifier && (q == "more" || q == "less" || q == "much") && f.word(j+1) && !functionWords[f.low(j+1)] && f.low(j+1) != "than" {
		for k := j + 2; k < end && k <= j+4; k++ {
			if clauseVerbs[f.low(k)] {
				quantifier = false
				break
			}
		}
	}
	if f.wordsIn(a.content) < 3 || !that && (quantifier || f.low(j) == "the" && f.low(j+1) == "same" || f.low(j) == "as" && f.low(j+1) == "much") {
		return false // "has said little about …", "said the same about …"
	}
	switch {
	case that:
		a.conf = 0.8
	case cw.class == cueDemand:
		a.conf = 0.5
	case cw.lemma == "reckon" && f.reckonedAt(a.content):
		return false // "reckoned the loss at $2m": a valuation
	case cw.lemma == "declare" && !f.clauseLike(a.content) && f.toks[j].kind != tQuote:
		// "declared Ana Ruiz the winner", "declared the bridge safe": a
		// declaration naming someone or something, no reported clause
		return false
	case cw.class != cueSay && !f.clauseLike(a.content) && f.toks[j].kind != tQuote && !f.heardPast(*a):
		// "added 120 jobs", "warned insurers against …"; but "noted
		// “isolated cases …”" is speech
		return false
	default:
		a.conf = 0.7
	}
	if cw.class == cueDemand && !that {
		a.conf = 0.45
	}
	return true
}

// adverbialOpeners open an adverbial clause, never a reported one.
var adverbialOpeners = words(`when while whenever whilst because until unless`)

// beforeThatPreps open an adjunct between a cue and its "that" ("said
// outside court that", "told reporters after the talks that").
var beforeThatPreps = words(`on outside inside after before during following to by near over across through ahead amid via`)

// clauseLike reports whether a content has a finite verb early on, the mark
// of a reported clause rather than an object ("added 200 jobs").
func (f *finder) clauseLike(r rng) bool {
	for k := r.a; k < r.b && k < r.a+10; k++ {
		switch f.low(k) {
		case "remains", "remained":
			return true
		}
		if _, cue := cueWords[f.low(k)]; cue && k > r.a && !f.quoted(k) {
			return false // "posted record sales and said it would …": the verb is the next frame's
		}
		if f.clauseStop(k, r.a) || f.clauseAfterObject(k, r.a) || f.timedClauseStop(k, r.a) {
			return false
		}
		if clauseVerbs[f.low(k)] || f.contractedVerb(k) {
			return true
		}
	}
	return false
}

// habitVerbs make a "to"-cue a habit of speech, not an intent ("as she
// liked to tell students, “…”", "he used to say that …").
var habitVerbs = words(`liked loved used likes loves tended`)

// habit reads a cue after a habit verb: the quotation after it (and a
// hearer), or its "that" clause, is the speaker's.
func (f *finder) habit(si, c int, cw cueWord, end int) {
	s := f.sents[si]
	hv := c - 2
	sa, sb, ok := f.speakerBefore(hv, s.t0)
	if !ok {
		return
	}
	// the habit verb belongs to the cue, as an auxiliary does ("liked to tell")
	a := attribution{sent: si, speaker: rng{sa, sb}, cue: rng{hv, c + 1}, cueLemma: cw.lemma, priority: prioIndirect}
	k := c + 1
	if cw.class == cueTell {
		if _, ab, ok := f.addresseeAfter(k, end); ok {
			k = ab
		}
	}
	if f.is(k, ",") || f.is(k, ":") {
		k++
	}
	if k < len(f.toks) && f.toks[k].kind == tQuote && f.toks[k].quote >= 0 && f.quotes[f.toks[k].quote].t0 == k {
		q := f.quotes[f.toks[k].quote]
		a.content, a.direct, a.priority = rng{k, q.t1 + 1}, true, prioDirect
		a.pattern, a.conf = "D3", 0.6
		f.add(a)
		return
	}
	if f.indirectContent(&a, c+1, end, cw) {
		a.pattern, a.conf = "I1", 0.5
		f.add(a)
	}
}

// infinitive accepts a "to"-cue only in the shape "… used the call to warn
// Putin that …": an addressee or "that" follows, the verb before "to" is not
// one of refusal or intent, and the sentence opens with the speaker.
func (f *finder) infinitive(si, c int, cw cueWord, end int) {
	s := f.sents[si]
	to := c - 1
	if habitVerbs[f.low(to-1)] && cw.class != cueDemand {
		f.habit(si, c, cw, end)
		return
	}
	if blockInfinitive[f.low(to-1)] || cw.class == cueDemand {
		return
	}
	sa, sb, ok := f.phraseAt(s.t0, to)
	if !ok {
		return
	}
	a := attribution{sent: si, speaker: rng{sa, sb}, cue: f.cueRange(c), cueLemma: cw.lemma, priority: prioIndirect}
	k := c + 1
	if cw.class == cueTell {
		if _, ab, ok := f.addresseeAfter(k, end); ok {
			k = ab
		}
	}
	if f.low(k) != "that" || !f.indirectContent(&a, c+1, end, cw) {
		return
	}
	a.pattern, a.conf = "I1", 0.45
	f.add(a)
}

// phraseAt parses a speaker phrase or pronoun at the start of a sentence,
// skipping an opening connective ("However, he …").
func (f *finder) phraseAt(t, hi int) (int, int, bool) {
	if f.word(t) && functionWords[f.low(t)] && f.is(t+1, ",") {
		t += 2
	}
	if f.word(t) && pronouns[f.low(t)] {
		return t, t + 1, true
	}
	sa, sb, ok := f.phraseAfter(t, hi)
	if !ok || sa != t {
		return 0, 0, false
	}
	// "A spokesperson for the firm declined …": a role owns the body it
	// is linked to, named or not
	if roleNouns[f.low(sb-1)] && f.word(sb) && phraseLinks[f.low(sb)] && f.word(sb+1) && isDeterminer(f.low(sb+1)) {
		last := -1
		for k := sb + 2; k < hi && k < sb+5 && f.word(k) && !f.quoted(k) && !functionWords[f.low(k)] && !clauseVerbs[f.low(k)]; k++ {
			if roleNouns[f.low(k)] || orgRoles[f.low(k)] || f.nameWord(k) {
				last = k // "the firm", "the regional council", "the Harbour Board"
			}
		}
		if last >= 0 {
			sb = last + 1
		}
	}
	return sa, sb, true
}

// according applies A1: "according to NP" is the speaker when the sentence
// has no verb cue of its own, and otherwise the channel (MEDIUM).
func (f *finder) according(si int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	for i := s.t0; i+1 < end; i++ {
		if f.low(i) != "according" || f.low(i+1) != "to" || f.quoted(i) {
			continue
		}
		if f.hasAttribution(si) && !f.relativeOfSource(si, i+2) {
			f.attachMedium(si, i, end)
			continue
		}
		sa, sb, ok := f.phraseAfter(i+2, end)
		if !ok {
			sa, sb, ok = f.possessiveSource(i+2, end)
		}
		if !ok {
			sa, sb, ok = f.documentSource(i+2, end)
		}
		if !ok && f.is(i-1, ",") {
			sa, sb, ok = f.nounBeforeLink(i+2, end)
		}
		// "According to the results presentation, …", "According to the
		// minutes of that meeting, …": at a sentence's start the source
		// runs to the comma, whatever its nouns
		opens := i == s.t0 || f.afterLeadLabel(s, i) || f.afterFrontedAdjunct(s, i)
		if opens && f.word(i+2) && (isDeterminer(f.low(i+2)) || f.documentBeforeComma(i+2, end)) && (!ok || !f.is(sb, ",")) {
			for k := i + 3; k < end && k < i+2+frontedSourceWords; k++ {
				if f.is(k, ",") {
					if k > i+3 {
						sa, sb, ok = i+2, k, true
					}
					break
				}
				if !f.word(k) || f.quoted(k) || clauseVerbs[f.low(k)] {
					break
				}
			}
		}
		if !ok || sa != i+2 {
			continue
		}
		// "a statement from the ministry", "a spokeswoman for the council",
		// "a review commissioned by the board"
		for f.word(sb) {
			k := sb
			if documentParticiples[f.low(k)] && documentNouns[f.low(k-1)] {
				k++
			}
			if w := f.low(k); w != "from" && w != "for" && w != "at" && w != "of" && w != "with" && w != "by" && w != "in" {
				break
			}
			_, nb, ok := f.phraseAfter(k+1, end)
			// "a study of 3,000 pupils in Wales": a number and its nouns
			if !ok && f.word(k+1) && isNumber(f.toks[k+1].text) {
				nb = k + 2
				for nb < end && nb < k+5 && f.word(nb) && !f.quoted(nb) && modifier(f.toks[nb]) {
					nb++
				}
				ok = nb > k+2
			}
			if !ok {
				break
			}
			// "according to the ministry in a statement" names a channel;
			// "a trial in 41 secondary schools" where the source was
			if k == sb && f.low(k) == "in" && (timeWords[f.low(nb-1)] || documentNouns[f.low(nb-1)]) {
				break
			}
			sb = nb
		}
		if f.is(i-1, ",") {
			sb = f.sourceToSentenceEnd(sa, sb, end)
		}
		// "According to its founder, Ivo Mandel, …": a name in apposition
		// is who the source is, and the content starts after it
		if f.is(sb, ",") {
			if na, nb, ok := f.phraseAfter(sb+1, end); ok && na == sb+1 && f.is(nb, ",") && nb+1 < end && f.namesOnly(na, nb) && f.hasName(rng{na, nb}) {
				sa, sb = na, nb
			}
		}
		a := attribution{sent: si, speaker: rng{sa, sb}, cue: rng{i, i + 2}, cueLemma: "according to", priority: prioAccording}
		switch {
		case opens || i == s.t0+1 && f.word(s.t0):
			k := sb
			if w := f.low(k); w == "who" || w == "which" || w == "that" {
				k = f.clauseEnd(k, end) // "According to two diplomats who attended, …"
			}
			if !f.is(k, ",") {
				continue
			}
			a.content = rng{f.sourceAppositionEnd(k+1, end), end} // "…, an independent report published …, <content>"
		case f.is(i-1, ","):
			a.content = rng{s.t0, i - 1}
			a.tail = rng{i - 1, f.clauseEnd(sb, end)}
		default:
			continue
		}
		if f.wordsIn(a.content) < 3 {
			continue
		}
		a.pattern, a.conf = "A1", 0.65
		f.add(a)
	}
}

// possessiveSource parses a source named by whose it is: "the
// authority's own estimate", "the bank's figures".
func (f *finder) possessiveSource(k, end int) (int, int, bool) {
	start := k
	if f.word(k) && isDeterminer(f.low(k)) {
		k++
	}
	if !f.word(k) || f.quoted(k) || !possessiveWord(f.toks[k].text) {
		return 0, 0, false
	}
	k++
	if f.low(k) == "own" {
		k++
	}
	for n := 0; n < 2 && k < end && f.word(k) && !documentNouns[f.low(k)] && modifier(f.toks[k]); n++ {
		k++
	}
	if k < end && f.word(k) && documentNouns[f.low(k)] {
		return start, k + 1, true
	}
	return 0, 0, false
}

func (f *finder) hasAttribution(si int) bool {
	for i := len(f.atts) - 1; i >= 0 && f.atts[i].sent == si; i-- {
		if f.atts[i].pattern != "A1" && !f.atts[i].cue.empty() {
			return true
		}
	}
	return false
}

// attachMedium makes "according to …" the channel of the sentence's nearest
// attribution before it that has none yet.
func (f *finder) attachMedium(si, i, end int) {
	for k := len(f.atts) - 1; k >= 0 && f.atts[k].sent == si; k-- {
		a := &f.atts[k]
		if a.cue.a < i && a.medium.empty() && a.pattern != "A1" {
			a.medium = rng{i, f.clauseEnd(i+2, end)}
			return
		}
	}
}

// floating gives a cue-less quotation sentence the speaker of the attribution
// just before it, in the same or the previous paragraph (GGT floating quotes).
func (f *finder) floating(si, first int) {
	if len(f.atts) > first {
		return
	}
	s := f.sents[si]
	qi := f.toks[s.t0].quote
	// "On Okoro, who went off injured: “He’s 34, …”": a topic before a
	// colon, with no cue, and the quotation that answers it
	if qi < 0 {
		qi = f.topicQuote(s)
	}
	if qi < 0 || f.usedQuote[qi] {
		return
	}
	q := f.quotes[qi]
	if q.t1+1 < f.sentEnd(s) || q.words < 4 && !(q.words >= 2 && f.shortSentence(q) || f.secondHalfAfterFrame(si, q, first)) || q.title {
		return
	}
	if f.quotedHeading(s.para) {
		return // "'The sea came over the wall'" heads the entry that quotes it
	}
	// "She laughs. “I worry that they will ignore it again.”": the subject
	// of a short action just before the quotation speaks it.
	if sa, sb, ok := f.beat(si); ok {
		f.add(attribution{content: rng{q.t0, q.t1 + 1}, sent: si, speaker: rng{sa, sb}, pattern: "F", conf: 0.4,
			direct: true, priority: prioFloating})
		return
	}
	if sa, sb, ok := f.beatAfter(si, q); ok {
		f.add(attribution{content: rng{q.t0, q.t1 + 1}, sent: si, speaker: rng{sa, sb}, pattern: "F", conf: 0.4,
			direct: true, priority: prioFloating}) // "‘Hold on.’ Calloway eased the throttle."
		return
	}
	if sa, sb, ok := f.runOnNamed(si, q); ok {
		f.add(attribution{content: rng{q.t0, q.t1 + 1}, sent: si, speaker: rng{sa, sb}, pattern: "F", conf: 0.4,
			direct: true, priority: prioFloating}) // "… he took a long time to answer.\n\n“…\n\n“…”"
		return
	}
	if first == 0 {
		return
	}
	prev := first - 1
	for prev >= 0 && (f.atts[prev].dropped && !f.atts[prev].question || f.atts[prev].nestedIn >= 0) {
		prev-- // a floating quote goes on with the outer frame, not a nested one
	}
	if prev < 0 {
		return
	}
	p := f.atts[prev]
	// distance from the last quotation, a floating one included ("… the
	// Scot said. “…\n\n“We were not lucky …”\n\nOn Okoro: “…”")
	ps := f.sents[p.sent]
	if !p.content.empty() {
		ps.para = f.toks[p.content.b-1].para // a quotation may run on
	}
	if p.inherit >= 0 {
		prev = p.inherit
		p = f.atts[prev]
	}
	if s.para-ps.para > 1 && !(s.para-ps.para == 2 && (f.aboutSpeaker(s.para-1) || f.speechFrame(s.t0))) || f.paraZone[s.para] != f.paraZone[ps.para] {
		return
	}
	f.atts = append(f.atts, attribution{content: rng{q.t0, q.t1 + 1}, sent: si, pattern: "F", conf: 0.45,
		inherit: prev, nestedIn: -1, direct: true, priority: prioFloating})
	if f.secondHalfAfterFrame(si, q, first) || f.secondHalfAfterLongFrame(si, q, first) {
		// "“…,” she said. “…”": one quotation broken by its frame, whose
		// cue governs both halves
		f.atts[len(f.atts)-1].cue, f.atts[len(f.atts)-1].cueLemma = p.cue, p.cueLemma
	}
}

// beat returns the subject of the sentence before si when it is a short
// action in the same paragraph ("She laughs.", "Hale shrugs."): no more
// than six words, no quotation, no cue, a speaker phrase first.
// topicWords open the topic of an answer quoted after a colon ("On the
// cup draw: “…”", "Asked about his future: “…”").
var topicWords = words(`on of about asked`)

// topicQuote returns the quotation that closes sentence s after a colon
// when the words before the colon name a topic and hold no cue; -1
// otherwise.
func (f *finder) topicQuote(s sentence) int {
	if !topicWords[f.low(s.t0)] || f.quoted(s.t0) {
		return -1
	}
	end := f.sentEnd(s)
	for k := s.t0; k < end; k++ {
		if f.quoted(k) {
			qi := f.toks[k].quote
			if f.is(k-1, ":") && f.quotes[qi].t0 == k {
				return qi
			}
			return -1
		}
		if _, ok := cueWords[f.low(k)]; ok && f.low(k) != "asked" {
			return -1
		}
	}
	return -1
}

// aboutSpeaker reports whether paragraph p is narration about the person
// last quoted: it opens with "he" or "she" and holds no quotation and no
// cue ("He lost 60 sheep." between two of his quotations).
func (f *finder) aboutSpeaker(p int) bool {
	first := -1
	for k, t := range f.toks {
		if t.para == p {
			first = k
			break
		}
	}
	if first < 0 || f.low(first) != "he" && f.low(first) != "she" {
		return false
	}
	for k := first; k < len(f.toks) && f.toks[k].para == p; k++ {
		if f.toks[k].quote >= 0 || f.usedCue[k] {
			return false
		}
		if _, ok, _ := f.cueAt(k, first); ok {
			return false
		}
	}
	return true
}

func (f *finder) beat(si int) (int, int, bool) {
	if si == 0 {
		return 0, 0, false
	}
	b := f.sents[si-1]
	if b.para != f.sents[si].para || b.t1-b.t0 > 8 || !f.is(b.t1-1, ".") || f.wordsIn(rng{b.t0, b.t1}) > 6 {
		return 0, 0, false
	}
	for _, a := range f.atts {
		if a.sent == si-1 {
			return 0, 0, false
		}
	}
	sa, sb, ok := f.phraseAt(b.t0, b.t1)
	if !ok {
		// "Asked about that, Nwankwo smiled.": a fronted phrase first
		for k := b.t0 + 1; k < b.t1-2 && k < b.t0+6; k++ {
			if f.is(k, ",") {
				sa, sb, ok = f.phraseAt(k+1, b.t1)
				break
			}
		}
	}
	if !ok || !f.word(sb) || clauseVerbs[f.low(sb)] {
		return 0, 0, false
	}
	for k := sa; k < b.t1; k++ {
		if f.toks[k].quote >= 0 || f.usedCue[k] {
			return 0, 0, false
		}
		if _, ok, _ := f.cueAt(k, sa); ok {
			return 0, 0, false
		}
	}
	return sa, sb, true
}

// settle fixes the contents of one sentence's attributions: a content stops
// before another attribution's postposed frame or a sibling clause ("…,
// while Putin has demanded …") and before a closing ", which …" clause;
// an attribution inside another's content is nested in it (seed s9 in s8);
// overlapping duplicates keep the higher-priority pattern.
func (f *finder) settle(first int) {
	var more []attribution
	defer func() {
		for _, a := range more {
			f.add(a)
		}
	}()
	atts := f.atts[first:]
	for i := range atts {
		a := &atts[i]
		if a.direct {
			continue
		}
		for j := range atts {
			b := &atts[j]
			if i == j || b.speaker.empty() {
				continue
			}
			if !b.tail.empty() && b.tail.a > a.content.a && b.tail.a < a.content.b {
				a.content.b = b.tail.a
			}
			f.cutAtParticiple(a, b) // "…, adding that …"
			if !b.medium.empty() && b.medium.a-1 > a.content.a && b.medium.a-1 < a.content.b && f.is(b.medium.a-1, ",") {
				a.content.b = b.medium.a - 1
			}
			sp := b.speaker.a
			if sp > a.content.a && sp < a.content.b {
				k := sp - 1
				conj := f.word(k) && siblingConj[f.low(k)]
				if conj {
					k--
				}
				switch {
				case f.apposedInnerSpeaker(a, b, k):
				case f.is(k, ",") || f.is(k, ";"):
					a.content.b = k
				case conj:
					a.content.b = k + 1 // "“… of ideas,” and she told …": the content keeps its last word or mark
				}
			}
		}
		if !a.medium.empty() && a.medium.a-1 > a.content.a && a.medium.a-1 < a.content.b {
			a.content.b = a.medium.a - 1
		}
		a.content.b = f.trimWhich(a.content)
		a.content.b = f.trimWhichNamed(a.content)
		a.content.b = f.trimOwnVoice(a.content)
		a.content.b = f.trimSpeakerAct(a.content)
		a.content.b = f.trimSpeakerActAfterComma(a.content)
		a.content.b = f.trimRefusalAfterBut(a.content)
		a.content.b = f.trimModalRefusalAfterBut(a.content)   // "…, but would not commit to …"
		a.content.b = f.trimPronounRefusalAfterBut(a.content) // "…, but he declined to give details"
		a.content.b = f.trimSpeakerNextAct(a.content)
		a.content.b = f.trimButNextAct(a.content)
		a.content.b = f.trimAndDirective(a.content)       // "…, and challenged Mr Roe to name one"
		a.content.b = f.trimSummaryAppositive(a.content)  // "…”, a line that won …"
		a.content.b = f.trimSummaryNounClause(a.content)  // "…”, a phrase several countries wanted"
		a.content.b = f.trimCharacterisedGloss(a.content) // "…, a shift she described as “…”"
		a.content.b = f.trimQuotedWhichComment(a.content) // "‘He said it was …, which tells you …’"
		a.content.b = f.trimSemicolonRequest(a.content)
		a.content.b = f.trimOwnerActAfterQuote(a.content)
		a.content.b = f.trimActAfterQuotedComplement(a.content) // "…was “…” and cut its target"
		a.content.b = f.trimNextEventAside(a.content)
		a.content.b = f.trimPostCounter(a.content)
		a.content.b = f.trimReporterAside(a.content)
		a.content.b = f.trimRequestClause(a.content)    // "…, and it asks walkers to …"
		a.content.b = f.trimOccasionAside(a.content)    // "…, in a State of the City address that …"
		a.content.b = f.trimAsReportedClause(a.content) // "…, as traders reported losing …"
		a.content.b = f.trimAsProgressClause(a.content) // "…, as X moved closer to buying …"
		a.content.b = f.trimVerdictClause(a.content)    // "…, and he was right: …"
		// "… but that, on the evidence he had seen, it had not been": no
		// content opens with a comma
		for a.content.a < a.content.b && f.is(a.content.a, ",") && !f.quoted(a.content.a) {
			a.content.a++
		}
		for a.content.b > a.content.a && f.toks[a.content.b-1].kind == tPunct && !f.quoted(a.content.b-1) && !f.keptAbbrevDot(a.content.b-1) &&
			!(unitSign(f.toks[a.content.b-1].text) && f.glued(a.content.b-1)) && !f.glossClose(a.content.b-1, a.content.a) {
			a.content.b--
		}
		if second, ok := f.secondClause(a); ok {
			more = append(more, second)
		} else if second, ok := f.agreedClause(a); ok {
			more = append(more, second)
		} else if second, ok := f.beforeAddingClause(a); ok {
			more = append(more, second)
		} else if second, ok := f.butCueClause(a); ok {
			more = append(more, second) // "said A but insisted B"
		} else if second, ok := f.addingColonQuote(a); ok {
			more = append(more, second) // "said A, adding: “Q”"
		} else if second, ok := f.coordinatedColonQuote(a); ok {
			more = append(more, second) // "said A but added: “Q”"
		}
	}
	for i := range atts {
		a := &atts[i]
		for j := range atts {
			b := &atts[j]
			if i != j && !b.speaker.empty() && b.content.a >= a.content.a && b.content.b <= a.content.b &&
				(a.content.contains(b.cue.a) || a.content.contains(b.speaker.a)) && b.content != a.content && f.innermostContainer(b.nestedIn, *a) {
				b.nestedIn = first + i
			}
		}
	}
	for i := range atts {
		a := &atts[i]
		for j := range atts {
			b := &atts[j]
			if i == j || b.dropped || a.dropped {
				continue
			}
			if overlap(a.content, b.content) && !f.nestedUnder(first+i, first+j) && !f.nestedUnder(first+j, first+i) {
				if b.priority > a.priority || b.priority == a.priority && j > i {
					b.dropped = true
				}
			}
		}
	}
}

// secondClause splits "told reporters he was disappointed and that
// Republicans would comply": a second that-clause of the same cue is a
// second statement, and the first content stops before it.
func (f *finder) secondClause(a *attribution) (attribution, bool) {
	if a.speaker.empty() || a.cue.empty() {
		return attribution{}, false
	}
	for k := a.content.a + 2; k+2 < a.content.b; k++ {
		w := f.low(k)
		if (w != "and" && w != "but") || f.quoted(k) {
			continue
		}
		t := k + 1
		if f.low(t) != "that" {
			t = f.laterThatClause(k, a.content.b) // "and then, a week later, that …"
		}
		if t < 0 || f.low(t) != "that" || clauseVerbs[f.low(t+1)] {
			continue
		}
		second := *a
		second.content = rng{t + 1, a.content.b}
		if f.is(t+1, ",") {
			second.content.a++ // "but that, on the evidence …, it had not been"
		}
		second.pattern, second.conf, second.tail = a.pattern+"c", a.conf-0.1, rng{}
		if f.wordsIn(second.content) < 3 {
			return attribution{}, false
		}
		a.content.b = k
		if f.is(k-1, ",") {
			a.content.b = k - 1
		}
		second.inherit, second.nestedIn = -1, -1
		return second, true
	}
	return attribution{}, false
}

func overlap(a, b rng) bool { return a.a < b.b && b.a < a.b }

// trimOwnVoice cuts a content where a clause in the first person follows
// (", and I would rather …"): the reporting voice takes over again.
func (f *finder) trimOwnVoice(r rng) int {
	for k := r.a + 2; k+2 < r.b; k++ {
		if f.is(k, ",") && f.quoted(k) == f.quoted(r.a) && siblingConj[f.low(k+1)] && (f.low(k+2) == "i" || f.low(k+2) == "we") && f.word(k+2) {
			return k
		}
	}
	return r.b
}

// speakerActs are the verbs a reported clause's speaker goes on with after
// "and" ("said the queue was “no longer fit for purpose” and proposed
// removing …", "would “respect the ceasefire …” and reserved the right
// …"): what follows is the speaker's act, not what was said.
var speakerActs = words(`proposed reserved announced promised pledged vowed insisted declined refused
	urged called added warned said told demanded asked accused rejected dismissed denied
	welcomed criticised criticized apologised apologized confirmed revealed unveiled`)

// trimSpeakerAct cuts a content before ", and" or "and" followed by one of
// speakerActs, once the content has a finite verb of its own before it.
func (f *finder) trimSpeakerAct(r rng) int {
	for k := r.a + 2; k+1 < r.b; k++ {
		if f.quoted(k) || !f.word(k) || f.low(k) != "and" || !speakerActs[f.low(k+1)] || f.quoted(k+1) {
			continue
		}
		if !f.clauseLike(rng{r.a, k}) || f.sharedPerfect(r, k) { // "had declared … and asked the army"
			continue
		}
		end := k
		if f.is(end-1, ",") {
			end--
		}
		return end
	}
	return r.b
}

// trimWhich cuts a closing non-restrictive ", which …" clause: background the
// reporter adds, not what the speaker said (seed s3).
func (f *finder) trimWhich(r rng) int {
	for k := r.a + 3; k < r.b-1; k++ {
		if f.is(k, ",") && !f.quoted(k) && f.low(k+1) == "which" {
			if f.factualWhich(r, rng{k + 2, r.b}) || f.backshiftedWhich(r, k) {
				return r.b // "…”, which showed his flight as on time until 7.40am"
			}
			for m := k + 2; m < r.b; m++ {
				if f.is(m, ",") || f.quoted(m) {
					return r.b
				}
			}
			return k
		}
	}
	return r.b
}

// wordsIn counts the words of a token range.
func (f *finder) wordsIn(r rng) int {
	n := 0
	for k := r.a; k < r.b; k++ {
		if f.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// sentOfTok returns the sentence holding token k.
func (f *finder) sentOfTok(k int) int {
	return sort.Search(len(f.sents), func(i int) bool { return f.sents[i].t1 > k })
}

// dropOnlyQuestions drops the direct statements of the sentence, from
// attribution first on, that only ask, whatever their cue: a transcript
// turn or a quotation that is a question and asserts nothing ("HOST: Ruth,
// where does it come from?", "“Will the minister give way?” he said").
func (f *finder) dropOnlyQuestions(first int) {
	for k := first; k < len(f.atts); k++ {
		if a := &f.atts[k]; a.direct && (f.onlyQuestion(a.content) || a.pattern == "F" && f.onlyQuestionOwn(a.content)) {
			a.dropped, a.question = true, true
		}
	}
}

// dropInterviewerQuestion drops transcript line ti when an interviewer
// ("HOST:", "PRESENTER:") only asks in it, as "Q:" lines are never taken. A
// member's question on the floor ("ABERNETHY: Will the minister tell …?")
// makes a point and stays.
func (f *finder) dropInterviewerQuestion(ti int) {
	a := &f.atts[ti]
	if f.stampedQuestion(a) { // "21:14 Coastguard: What is your position, over?"
		a.dropped = true
		return
	}
	if !f.hostTurn(a) && !f.askers[f.turnLabelText(a)] {
		return
	}
	if f.onlyQuestion(a.content) || f.onlyCallHandling(a) {
		a.dropped = true
		return
	}
	f.hostClosingQuestion(a)
}

// hostClosingQuestion reads a host's turn that states and then asks: a
// question turning to a guest by name ("… under water. Ann, what can you
// see?") hands over, and the turn is what comes before it; any other
// question ("The council says it is safe. Do you believe it?") is what
// the turn puts, and the turn is no statement (what it reports stays).
func (f *finder) hostClosingQuestion(a *attribution) {
	b := a.content.b
	for b > a.content.a && f.toks[b-1].kind == tQuote {
		b--
	}
	if b <= a.content.a || !f.is(b-1, "?") {
		return
	}
	q := f.sents[f.sentOfTok(b-1)].t0
	if q <= a.content.a {
		return
	}
	if f.word(q) && isCap(f.toks[q].text) && !functionWords[f.low(q)] && f.is(q+1, ",") {
		a.content.b = q
		return
	}
	a.dropped = true
}

// interviewerLabels label an interviewer's lines in a transcript.
var interviewerLabels = words(`host presenter interviewer anchor moderator reporter`)

// onlyQuestion reports whether the tokens of r ask and assert nothing: the
// last sentence ends in a question mark, and every other one does too or
// only turns to the hearer ("Ruth, start with the basics. What turned it
// green?"). A question a speaker puts to their own side ("How can we
// accept …?", "Why should I …?") argues a point and is no mere question.
func (f *finder) onlyQuestion(r rng) bool { return f.onlyQuestionOf(r, true) }

// onlyQuestionOwn is onlyQuestion counting a question of the speaker's own
// side as a question too: a floating quotation that only asks ("“What am
// I meant to tell them?”" after a framed quotation) is no statement, as
// a framed one that asks it with a cue of saying may be.
func (f *finder) onlyQuestionOwn(r rng) bool { return f.onlyQuestionOf(r, false) }

func (f *finder) onlyQuestionOf(r rng, ownSide bool) bool {
	b := r.b
	for b > r.a && (f.toks[b-1].kind == tQuote || f.is(b-1, ",")) {
		b--
	}
	if b <= r.a || !f.is(b-1, "?") {
		return false
	}
	a := r.a
	for a < b && f.toks[a].kind == tQuote {
		a++
	}
	start := a
	for k := a; k < b; k++ {
		if f.toks[k].kind != tPunct {
			continue
		}
		switch t := f.toks[k].text; {
		case t == "?":
			if ownSide && f.ownSideQuestion(start) {
				return false
			}
			start = k + 1
		case t == "!" || t == "." && !f.abbrevDot(k) && !(f.word(k+1) && !isCap(f.toks[k+1].text)):
			if !f.vocative(start) {
				return false
			}
			start = k + 1
		}
	}
	return true
}

// vocative reports a sentence at token k that opens by naming its hearer
// ("Ruth, start with …", "Minister, …").
func (f *finder) vocative(k int) bool {
	for k < len(f.toks) && f.toks[k].kind == tQuote {
		k++
	}
	return f.word(k) && isCap(f.toks[k].text) && !functionWords[f.low(k)] && !pronouns[f.low(k)] && f.is(k+1, ",")
}

// ownSideQuestion reports a question at token k asked of the speaker's own
// side: a question word, an auxiliary, then "we" or "I" ("How can we …",
// "Why should I …").
func (f *finder) ownSideQuestion(k int) bool {
	for k < len(f.toks) && f.toks[k].kind == tQuote {
		k++
	}
	return questionWords[f.low(k)] && questionAux[f.low(k+1)] && (f.low(k+2) == "we" || f.low(k+2) == "i")
}

var (
	questionWords = words(`how why what who where when`)
	questionAux   = words(`can could should would shall must do did are am will`)
)

// labelText is the surface text of a transcript label's tokens r.
func (f *finder) labelText(r rng) string {
	if r.b <= r.a {
		return ""
	}
	return string(f.runes[f.toks[r.a].start:f.toks[r.b-1].end])
}
