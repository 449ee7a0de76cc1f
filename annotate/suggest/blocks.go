package suggest

// This file reads a statement set as unquoted block paragraphs under a
// frame that ends in a colon ("In a statement, she said:" then the
// statement's paragraphs, with no quotation marks): each paragraph is a
// statement of the frame's speaker, the first with its cue.

// blockFrame is the frame a block paragraph belongs to.
type blockFrame struct {
	speaker rng
	cue     rng
	lemma   string
	first   bool // the first paragraph of the block, which takes the cue
	owner   int  // the first paragraph of the block
}

// firstPersonWords mark a paragraph in the speaker's own voice.
var firstPersonWords = words(`i we our us my me ours`)

// blockStatementFrames finds the frames "…, she said:" that close their
// paragraph with no quotation after them, and the block paragraphs that
// follow: one after another, each in the first person, with no quotation
// mark and no label, until narration takes over again. The frame's cue is
// used, so that no pattern reads the frame's own words as a statement.
func (f *finder) blockStatementFrames() map[int]blockFrame {
	var blocks map[int]blockFrame
	for si, s := range f.sents {
		colon := s.t1 - 1
		if !f.is(colon, ":") || f.quoted(colon) || si+1 >= len(f.sents) || f.paraZone[s.para] != "body" {
			continue
		}
		next := f.sents[si+1]
		if next.para != s.para+1 || f.toks[next.t0].quote >= 0 {
			continue
		}
		c, cw, ok := f.blockFrameCue(s, colon)
		if !ok {
			c, cw, ok = f.postFrameCue(s, colon)
		}
		adjunct := false
		if !ok {
			c, cw, ok = f.postAdjunctFrameCue(s, colon) // "posted from the meeting as …:"
			adjunct = ok
		}
		if !ok {
			continue
		}
		// "She wrote on Instagram:", "The mayor posted:": the paragraph
		// after is the post, in whatever person it is written
		post := (adjunct || f.postFrame(c, cw, colon)) && (f.postParagraph(next.para) || f.taggedPost(next.para))
		if !post && !f.blockParagraph(next.para) && !f.leadsBlock(next.para) {
			continue
		}
		sa, sb, ok := f.speakerBefore(c, s.t0)
		if !ok {
			continue
		}
		if blocks == nil {
			blocks = map[int]blockFrame{}
		}
		f.usedCue[c] = true
		for p := next.para; p == next.para || !post && f.blockParagraph(p); p++ {
			blocks[p] = blockFrame{speaker: rng{sa, sb}, cue: f.cueRange(c), lemma: cw.lemma, first: p == next.para, owner: next.para}
		}
	}
	return blocks
}

// blockFrameCue returns the speech cue of a frame sentence that ends at
// colon, when nothing but time and channel adjuncts (and a hearer after
// "told") stand between the cue and the colon.
func (f *finder) blockFrameCue(s sentence, colon int) (int, cueWord, bool) {
	for c := colon - 1; c >= s.t0 && c > colon-12; c-- {
		if f.quoted(c) {
			return 0, cueWord{}, false
		}
		cw, ok, inf := f.cueAt(c, s.t0)
		if !ok || inf || f.usedCue[c] {
			continue
		}
		j := c + 1
		if cw.class == cueTell {
			if _, ab, ok := f.addresseeAfter(j, colon); ok {
				j = ab
			}
		}
		if f.skipAdjunctAfter(j, colon) == colon || f.channelBeforeColon(j, colon) || f.messageFrameRest(cw, j, colon) || f.channelAside(j, colon) || f.postObjectFrame(cw, c+1, colon) {
			return c, cw, true
		}
		return 0, cueWord{}, false
	}
	return 0, cueWord{}, false
}

// blockParagraph reports whether paragraph p can be a block paragraph of a
// statement: a body paragraph with no quotation mark, not a transcript
// label, in the first person.
func (f *finder) blockParagraph(p int) bool {
	if p >= len(f.paraZone) || f.paraZone[p] != "body" {
		return false
	}
	first := f.paraFirstToken(p)
	if first < 0 {
		return false
	}
	own := false
	for k := first; k < len(f.toks) && f.toks[k].para == p; k++ {
		t := f.toks[k]
		if t.kind == tQuote && k == first || t.quote >= 0 && !f.quotedPhraseInBlock(t.quote) {
			return false
		}
		if k < first+5 && f.is(k, ":") {
			return false // "Q: …", a label of its own
		}
		own = own || t.kind == tWord && (firstPersonWords[t.low] || addressWords[t.low])
	}
	return own
}

// paraFirstToken returns the first token of paragraph p, or -1.
func (f *finder) paraFirstToken(p int) int {
	return f.paragraphTokens(p).a
}

// paragraphTokens is the token range of paragraph p from the first token
// of its first sentence, {-1, -1} when no sentence opens in it. The
// ranges are worked out once a document, on first use: the rules ask for
// paragraphs' tokens in loops over sentences and paragraphs, and each
// answer walked the sentences from the first and the paragraph's tokens.
func (x *text) paragraphTokens(p int) rng {
	if x.paraTokens == nil {
		x.paraTokens = paragraphRanges(x.toks, x.sents)
	}
	if p < 0 || p >= len(x.paraTokens) {
		return rng{-1, -1}
	}
	return x.paraTokens[p]
}

// paragraphRanges makes paragraphTokens' table: a paragraph's range opens
// at the first sentence with its number that no sentence of a later
// paragraph comes before, and runs over the tokens of that paragraph.
func paragraphRanges(toks []token, sents []sentence) []rng {
	n := 0
	for _, s := range sents {
		n = max(n, s.para+1)
	}
	out := make([]rng, n)
	for p := range out {
		out[p] = rng{-1, -1}
	}
	top := -1 // the highest paragraph of the sentences before
	for _, s := range sents {
		if s.para > top {
			end := s.t0
			for end < len(toks) && toks[end].para == s.para {
				end++
			}
			out[s.para] = rng{s.t0, end}
			top = s.para
		}
	}
	return out
}

// blockLine makes the paragraph opening at sentence si, when it is a block
// paragraph, one statement of its frame's speaker; it returns the
// attribution and the token after the paragraph.
func (f *finder) blockLine(si int, blocks map[int]blockFrame, owners map[int]int) (int, int, bool) {
	s := f.sents[si]
	b, ok := blocks[s.para]
	if !ok || si > 0 && f.sents[si-1].para == s.para {
		return 0, 0, false
	}
	end := s.t0
	for end < len(f.toks) && f.toks[end].para == s.para {
		end++
	}
	a := attribution{sent: si, content: rng{s.t0, end}, direct: true, pattern: "B", conf: 0.55, priority: prioDirect}
	if b.first {
		a.speaker, a.cue, a.cueLemma = b.speaker, b.cue, b.lemma
		i := f.add(a)
		owners[s.para] = i
		return i, end, true
	}
	o, ok := owners[b.owner]
	if !ok {
		return 0, 0, false
	}
	f.atts = append(f.atts, a)
	i := len(f.atts) - 1
	f.atts[i].inherit, f.atts[i].nestedIn = o, -1
	return i, end, true
}

// channelPreps open the channel of a post or a message ("on Instagram",
// "in a post on X", "via her account").
var channelPreps = words(`on in via through`)

// channelBeforeColon reports whether the words from j to the colon are a
// channel, a time aside: a preposition and a few words with no verb ("on
// Instagram", "in a post on her channel late on Tuesday").
func (f *finder) channelBeforeColon(j, colon int) bool {
	if !f.word(j) || !channelPreps[f.low(j)] || colon-j > 10 {
		return false
	}
	for k := j + 1; k < colon; k++ {
		if !f.word(k) && !f.abbrevDot(k) || f.quoted(k) || clauseVerbs[f.low(k)] || f.low(k) == "that" {
			return false
		}
		if _, cue := cueWords[f.low(k)]; cue && !channelNouns[f.low(k)] {
			return false
		}
	}
	return true
}

// channelNouns name a channel though the cue lexicon holds them as verbs
// ("in a post", "in a statement").
var channelNouns = words(`post statement message tweet note video`)

// postFrame reports whether the frame's cue at c reports a post: "posted",
// "tweeted", or a cue with a channel before the colon ("wrote on
// Instagram:").
func (f *finder) postFrame(c int, cw cueWord, colon int) bool {
	return cw.lemma == "post" || cw.lemma == "tweet" || f.channelBeforeColon(c+1, colon) || f.postObjectFrame(cw, c+1, colon)
}

// postParagraph reports whether paragraph p can be a pasted post: a body
// paragraph of at most 80 words with no quotation mark and no reporting
// cue of its own.
func (f *finder) postParagraph(p int) bool {
	if p >= len(f.paraZone) || f.paraZone[p] != "body" {
		return false
	}
	first := f.paraFirstToken(p)
	if first < 0 {
		return false
	}
	n := 0
	for k := first; k < len(f.toks) && f.toks[k].para == p; k++ {
		if (f.toks[k].kind == tQuote || f.toks[k].quote >= 0) && !f.mentionInPost(k, first) {
			return false
		}
		if _, ok, _ := f.cueAt(k, first); ok && f.toks[k].quote < 0 {
			return false
		}
		if f.word(k) {
			n++
		}
	}
	return n > 0 && n <= 80
}
