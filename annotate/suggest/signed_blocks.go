package suggest

// This file reads block paragraphs signed on the line below them, as
// long-form features set what a person told the writer: one or more
// paragraphs in the speaker's own voice, with no quotation marks, then a
// paragraph "— Name Surname, role". Each paragraph is a statement of the
// signed name, with no cue; the signature itself is no statement.

// thirdPersonWords refer to a third person in the singular, as a writer
// refers to the one whose words follow.
var thirdPersonWords = words(`he she him her his hers`)

// signedBlocks adds to blocks the paragraphs signed by a dash line: the
// paragraphs right above the line, walking up while each is a block
// paragraph (first person, no quotation) no less in the first person than in
// the third and not naming the signer, the writer's narration. The signer
// must be named in the body above the block, as a writer introduces the
// one who speaks; a letter or a reader's question signed by someone never
// named before is no statement.
func (f *finder) signedBlocks(blocks map[int]blockFrame) map[int]blockFrame {
	for si, s := range f.sents {
		if si == 0 || f.sents[si-1].para == s.para || f.paraZone[s.para] != "body" || !spacedDash(f.toks, s.t0) || f.quoted(s.t0) {
			continue
		}
		pend := f.paraEndTok(s.t0)
		n := f.nameEnd(s.t0+1, pend)
		if n-s.t0-1 < 2 || n < pend && !f.is(n, ",") || !f.hasName(rng{s.t0 + 1, n}) {
			continue
		}
		top := s.para
		for p := s.para - 1; p >= 0; p-- {
			if _, taken := blocks[p]; taken || !f.blockParagraph(p) || !f.ownVoice(p, s.t0+1, n) {
				break
			}
			top = p
		}
		if top == s.para || !f.namedBefore(n-1, f.paraFirstToken(top)) {
			continue
		}
		if blocks == nil {
			blocks = map[int]blockFrame{}
		}
		for p := top; p < s.para; p++ {
			blocks[p] = blockFrame{speaker: rng{s.t0 + 1, n}, first: p == top, owner: top}
		}
	}
	return blocks
}

// ownVoice reports whether paragraph p reads in a speaker's own voice:
// no fewer first-person words than third-person singular ones, and no word of
// the name [na, nb) the paragraph would be signed with.
func (f *finder) ownVoice(p, na, nb int) bool {
	own, third := 0, 0
	for k := f.paraFirstToken(p); k >= 0 && k < len(f.toks) && f.toks[k].para == p; k++ {
		if !f.word(k) {
			continue
		}
		w := f.low(k)
		switch {
		case firstPersonWords[w]:
			own++
		case thirdPersonWords[w]:
			third++
		}
		for j := na; j < nb; j++ {
			if f.word(j) && f.low(j) == w {
				return false
			}
		}
	}
	return own >= third
}

// namedBefore reports whether the word at token w (a signer's surname)
// appears in a body paragraph before token hi.
func (f *finder) namedBefore(w, hi int) bool {
	low := f.low(w)
	for k := 0; k < hi; k++ {
		if f.word(k) && f.toks[k].low == low && f.paraZone[f.toks[k].para] == "body" {
			return true
		}
	}
	return false
}
