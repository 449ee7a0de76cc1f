package suggest

// This file reads press-conference notes set out by topic, as club and
// council sites print them: an intro names who spoke ("Town manager Ann
// Roe spoke to the media on Thursday"), then short headings that end in a
// colon and open with "On" ("On the injury:", "On team news:"), each over
// paragraphs that are one quotation and nothing else, with no cue. Every
// such paragraph is a statement of the person the intro has speaking, with
// no cue. Two headings at least make the layout: a single "On Monday:"
// line is narration's, and a heading over narration adds nothing.

// topicHeadingWords open a topic heading ("On the injury:").
var topicHeadingWords = words(`on about regarding`)

// topicEventVerbs say, in the intro, that someone met the press.
var topicEventVerbs = words(`spoke talked addressed faced briefed`)

// topicBlocks adds to blocks the one-quotation paragraphs under the topic
// headings of press-conference notes, as statements of the intro's speaker.
func (f *finder) topicBlocks(blocks map[int]blockFrame) map[int]blockFrame {
	var heads []int
	for p := range f.paraZone {
		if f.topicHeading(p) || f.topicReportHeading(p) {
			heads = append(heads, p)
		}
	}
	if len(heads) < 2 {
		return blocks
	}
	first := heads[0]
	for _, p := range heads {
		first = min(first, p)
	}
	name, ok := f.topicSpeaker(first)
	if !ok {
		return blocks
	}
	for _, p := range heads {
		top, speaker := p+1, name
		if n, ok := f.topicSectionSpeaker(top); ok && !f.wholeQuotePara(top) {
			top, speaker = top+1, n // "Assistant manager X … also spoke to …"
		}
		for q := top; q < len(f.paraZone); q++ {
			if _, taken := blocks[q]; taken || !f.wholeQuotePara(q) {
				break
			}
			if blocks == nil {
				blocks = map[int]blockFrame{}
			}
			blocks[q] = blockFrame{speaker: speaker, first: q == top, owner: top}
		}
	}
	return blocks
}

// topicHeading reports whether paragraph p is a topic heading: "On",
// "About" or "Regarding" and up to six words, ending in a colon, with no
// quotation and no cue.
func (f *finder) topicHeading(p int) bool {
	if f.paraZone[p] != "body" {
		return false
	}
	t := f.paraToks(p)
	if t.b-t.a < 3 || t.b-t.a > 8 || !f.is(t.b-1, ":") || !f.word(t.a) || !isCap(f.toks[t.a].text) || !topicHeadingWords[f.low(t.a)] {
		return false
	}
	for k := t.a + 1; k < t.b-1; k++ {
		if !f.word(k) || f.toks[k].quote >= 0 {
			return false
		}
		if _, cue, _ := f.cueAt(k, t.a); cue {
			return false
		}
	}
	return true
}

// wholeQuotePara reports whether paragraph q is one quotation and nothing
// else.
func (f *finder) wholeQuotePara(q int) bool {
	if f.paraZone[q] != "body" {
		return false
	}
	t := f.paraToks(q)
	if t.empty() {
		return false
	}
	qi := f.toks[t.a].quote
	return f.toks[t.a].kind == tQuote && qi >= 0 && f.quotes[qi].t0 == t.a && f.quotes[qi].t1 == t.b-1
}

// topicSpeaker returns the name of the person the intro, in the body
// paragraphs before paragraph head, has speaking: a name of two words or
// more right before a cue or a verb of meeting the press ("Ann Roe spoke
// to the media"). The last such name before the headings is taken.
func (f *finder) topicSpeaker(head int) (rng, bool) {
	var name rng
	found := false
	for _, s := range f.sents {
		if s.para >= head {
			break
		}
		if f.paraZone[s.para] != "body" {
			continue
		}
		for k := s.t0 + 2; k < s.t1; k++ {
			if !f.word(k) || f.quoted(k) || !f.nameWord(k-1) {
				continue
			}
			if _, cue, inf := f.cueAt(k, s.t0); !topicEventVerbs[f.low(k)] && (!cue || inf) {
				continue
			}
			a := k - 1
			for a > s.t0 && f.nameWord(a-1) {
				a--
			}
			if k-a >= 2 && f.hasName(rng{a, k}) {
				name, found = rng{a, k}, true
			}
		}
	}
	return name, found
}
