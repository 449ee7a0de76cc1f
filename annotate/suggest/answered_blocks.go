package suggest

// answeredFrames adds to blocks the paragraphs of written answers as
// parliaments publish them: a line "Answered by Lord Ashby on 3 May 2026"
// (no cue after it, no full stop) and the paragraphs below it, to the next
// "Asked by"/"Answered by"/"To ask" line, are the answerer's statements.
// A paragraph that quotes or says "said" is the story's narration again.
// The "To ask …" questions are no one's statements.
func (f *finder) answeredFrames(blocks map[int]blockFrame) map[int]blockFrame {
	for si, s := range f.sents {
		if f.toks[s.t0].text != "Answered" || f.low(s.t0+1) != "by" || f.paraZone[s.para] != "body" ||
			si > 0 && f.sents[si-1].para == s.para || si+1 >= len(f.sents) || f.sents[si+1].para != s.para+1 {
			continue
		}
		a := s.t0 + 2
		b := a
		for b < s.t1 && f.word(b) && isCap(f.toks[b].text) {
			b++
		}
		if b == a || b < s.t1 && f.low(b) != "on" || !f.dateLine(b, s.t1) {
			continue
		}
		first := f.sents[si+1].para
		for p, sj := first, si+1; sj < len(f.sents); p++ {
			t0 := f.sents[sj].t0
			if f.sents[sj].para != p || f.toks[t0].text == "Asked" || f.toks[t0].text == "Answered" || f.toks[t0].text == "To" && f.low(t0+1) == "ask" {
				break
			}
			end := sj
			narration := false
			for ; end < len(f.sents) && f.sents[end].para == p; end++ {
				for k := f.sents[end].t0; k < f.sents[end].t1 && !narration; k++ {
					if f.toks[k].quote >= 0 {
						narration = true
					} else if cw, ok, _ := f.cueAt(k, f.sents[end].t0); ok && cw.lemma == "say" {
						narration = true
					}
				}
			}
			if narration {
				break
			}
			if blocks == nil {
				blocks = map[int]blockFrame{}
			}
			if _, taken := blocks[p]; taken {
				break
			}
			blocks[p] = blockFrame{speaker: rng{a, b}, cue: f.cueRange(s.t0), lemma: "answer", first: p == first, owner: first}
			sj = end
		}
	}
	return blocks
}

// dateLine reports whether tokens a to b are nothing or "on" and a date's
// words and numbers with no punctuation: the line ends with no sentence.
func (f *finder) dateLine(a, b int) bool {
	if b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		if !f.word(k) {
			return false
		}
	}
	return true
}
