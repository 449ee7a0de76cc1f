package suggest

// This file extends the press-conference notes of topic_blocks.go to a
// section in which someone else speaks: under a topic heading, a line of
// narration names the new speaker with a verb of meeting the press
// ("Assistant manager Ann Roe, who runs the under-21s, also spoke to club
// TV about the academy."), and the quotation paragraphs after it are that
// person's, not the intro's speaker's. The line itself says nothing.

// topicSectionSpeaker returns the speaker that paragraph q, the first
// under a topic heading, brings in: one sentence with no quotation whose
// verb of meeting the press (topicEventVerbs, perhaps after "also" or
// "later") has a named phrase before it as its subject.
func (f *finder) topicSectionSpeaker(q int) (rng, bool) {
	if q >= len(f.paraZone) || f.paraZone[q] != "body" {
		return rng{}, false
	}
	t := f.paraToks(q)
	if t.b-t.a < 4 {
		return rng{}, false
	}
	for k := t.a + 2; k < t.b; k++ {
		if f.toks[k].quote >= 0 || f.toks[k].kind == tQuote {
			return rng{}, false
		}
		if !f.word(k) || !topicEventVerbs[f.low(k)] {
			continue
		}
		c := k
		if laterAdverbs[f.low(c-1)] {
			c-- // "also spoke"
		}
		for j := t.a; j < k; j++ {
			if f.is(j, ".") && !f.abbrevDot(j) || f.is(j, "?") || f.is(j, "!") {
				return rng{}, false // a second sentence: narration
			}
		}
		sa, sb, ok := f.speakerBefore(c, t.a)
		if !ok || !f.hasName(rng{sa, sb}) {
			return rng{}, false
		}
		return rng{sa, sb}, true
	}
	return rng{}, false
}
