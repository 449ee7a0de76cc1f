package suggest

// A reporter's live post reports the meeting in a post's shorthand: a
// quotation standing as its own sentence after "Whitcomb says …" (the
// words of the person the sentence before reports), and a name label
// with a colon before a paraphrase ("Whitcomb: that would save “less than
// a third” of …"). Inside a post that ends with a hashtag (tagged_posts.go)
// both are nested statements of that person, with no cue: the quotation
// takes the speaker of the report in the sentence before it in the same
// post, the label takes a person the story has already given as a
// speaker. The hashtag that ends the post is the poster's, so no report
// inside the post runs into it. A quotation after a sentence that reports no one, a label that
// names no speaker met before ("Update: …", "Note: …"), and the same
// shapes outside a tagged post are left to the other rules.

// postLine reports whether attribution line is a block line reading a
// tagged post.
func (f *finder) postLine(line int) bool {
	if line < 0 || line >= len(f.atts) || f.atts[line].pattern != "B" || f.atts[line].content.empty() {
		return false
	}
	return f.taggedPost(f.toks[f.atts[line].content.a].para)
}

// hashtagTail returns where the hashtags ending the tokens before end
// begin, stepping back over "#Word" pairs and the punctuation before them.
func (f *finder) hashtagTail(lo, end int) int {
	e := end
	for e-2 >= lo && f.handleMark(e-2) && f.is(e-2, "#") {
		e -= 2
	}
	if e == end {
		return end
	}
	for e > lo && f.toks[e-1].kind == tPunct && !f.quoted(e-1) {
		e--
	}
	return e
}

// postQuotes reads the post shorthand in sentence si of the post read by
// attribution line.
func (f *finder) postQuotes(si, line int) {
	if !f.postLine(line) {
		return
	}
	s := f.sents[si]
	end := f.hashtagTail(s.t0, s.t1)
	for k := line + 1; k < len(f.atts); k++ {
		if a := &f.atts[k]; a.sent == si && a.content.b > end && a.content.a < end {
			a.content.b = end // "Roe says the pool will reopen. #Tag": the hashtag is the post's
		}
	}
	if qi := f.toks[s.t0].quote; qi >= 0 && !f.usedQuote[qi] && f.toks[s.t0].kind == tQuote {
		q := f.quotes[qi]
		if q.t1+1 < end || q.words < 4 || si == 0 || f.sents[si-1].para != s.para {
			return
		}
		for k := len(f.atts) - 1; k > line; k-- {
			a := f.atts[k]
			if a.dropped || a.sent != si-1 || a.speaker.empty() || a.direct {
				continue
			}
			f.usedQuote[qi] = true
			f.atts = append(f.atts, attribution{content: rng{q.t0, q.t1 + 1}, sent: si, pattern: "F", conf: 0.45,
				inherit: k, nestedIn: line, direct: true, priority: prioFloating})
			return
		}
		return
	}
	// "Whitcomb: that would save …"
	colon := s.t0 + 1
	for colon < end && colon < s.t0+4 && f.word(colon) && isCap(f.toks[colon].text) {
		colon++
	}
	if colon >= end || !f.is(colon, ":") || !f.word(s.t0) || !isCap(f.toks[s.t0].text) || !f.word(colon+1) || isCap(f.toks[colon+1].text) || f.quoted(colon+1) {
		return
	}
	if end-colon < 5 || !f.spokeBefore(f.low(colon-1), line) {
		return
	}
	f.add(attribution{content: rng{colon + 1, end}, speaker: rng{s.t0, colon}, sent: si, pattern: "F", conf: 0.4,
		nestedIn: line, priority: prioFloating})
}

// spokeBefore reports whether a statement before attribution line has a
// speaker whose last word is w ("whitcomb").
func (f *finder) spokeBefore(w string, line int) bool {
	for k := 0; k < line; k++ {
		a := f.atts[k]
		if !a.dropped && !a.speaker.empty() && f.low(a.speaker.b-1) == w {
			return true
		}
	}
	return false
}
