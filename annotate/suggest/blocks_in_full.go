package suggest

import "strings"

// This file reads a statement reproduced in full: a lead that says so
// ("Larchfield’s response, sent on 4 June, is reproduced below.", "The
// full statement from the trust reads:") or a label line ("STATEMENT IN
// FULL", "The club’s statement in full"), then the statement's own
// paragraphs with no quotation marks. Each paragraph is a statement of the
// body or person whose statement it is, with no cue: the lead reports no
// speech, it announces a document.

// fullStatementNouns name what a page reproduces in full.
var fullStatementNouns = words(`statement response reply letter`)

// fullStatementWords announce a document set out below the lead.
var fullStatementWords = words(`reproduced published printed below`)

// fullStatementFrames adds to blocks the paragraphs of each statement
// reproduced in full, when its lead or label names whose it is; it returns
// blocks.
func (f *finder) fullStatementFrames(blocks map[int]blockFrame) map[int]blockFrame {
	for si, s := range f.sents {
		if f.paraZone[s.para] != "body" || si+1 < len(f.sents) && f.sents[si+1].para == s.para {
			continue // the lead is its paragraph's last sentence
		}
		if _, taken := blocks[s.para]; taken {
			continue
		}
		owner, ok := f.fullStatementLead(s)
		if !ok {
			continue
		}
		n := 0
		for p := s.para + 1; p < len(f.paraZone) && n < 12 && f.fullStatementParagraph(p, owner, n == 0); p++ {
			if _, taken := blocks[p]; taken || f.fullStatementLeadPara(p) {
				break // a label's lead reads on by itself
			}
			if blocks == nil {
				blocks = map[int]blockFrame{}
			}
			blocks[p] = blockFrame{speaker: owner, first: n == 0, owner: s.para + 1}
			n++
		}
	}
	return blocks
}

// fullStatementLead reads sentence s as the lead or label of a statement
// reproduced in full and returns whose statement it is: a possessor before
// the noun ("Larchfield Care Group’s response") or a name after "from" or
// "by" ("the statement from Harbour Homes"). A lead says where the text is
// ("is reproduced below", "reads in full:"); a label is a short line of
// its own holding "in full" or opening with "full" ("STATEMENT IN FULL").
func (f *finder) fullStatementLead(s sentence) (rng, bool) {
	noun, full, placed := -1, false, false
	words := 0
	for k := s.t0; k < s.t1; k++ {
		if f.quoted(k) {
			return rng{}, false
		}
		if !f.word(k) {
			continue
		}
		words++
		l := lowPossessiveBase(f.toks[k])
		in := f.lexicons(k) // the lexicons holding the token's whole lowered text
		if len(l) != len(f.toks[k].low) {
			in = lexiconsOf(l) // a possessive's base ("Group's" → "group")
		}
		switch {
		case in&inFullStatementNouns != 0 && noun < 0:
			noun = k
		case l == "full":
			full = true
		case in&inFullStatementWords != 0:
			placed = true
		case l == "reads" || l == "read":
			placed = placed || f.is(s.t1-1, ":") || f.low(k+1) == "in" && f.low(k+2) == "full"
		}
	}
	label := full && words <= 8 && !f.is(s.t1-1, ".")
	if noun < 0 || !placed && !label {
		return rng{}, false
	}
	// a label that names no one ("STATEMENT IN FULL") leaves it to the
	// lead under it
	owner := f.fullStatementOwner(noun, s)
	return owner, !owner.empty()
}

// fullStatementOwner finds whose statement the noun at n names: the
// capitalised words of a possessor right before it, or after "from" or
// "by" (a determiner skipped) right after it.
func (f *finder) fullStatementOwner(n int, s sentence) rng {
	if p := n - 1; p >= s.t0 && f.word(p) && possessiveWord(f.toks[p].text) && isCap(f.toks[p].text) {
		a := p
		for a > s.t0 && f.word(a-1) && isCap(f.toks[a-1].text) && f.lexicons(a-1)&inSentenceOpeners == 0 && f.low(a-1) != "the" {
			a--
		}
		return rng{a, p + 1}
	}
	k := n + 1
	if f.low(k) == "in" && f.low(k+1) == "full" {
		k += 2
	}
	if f.low(k) != "from" && f.low(k) != "by" {
		return rng{}
	}
	k++
	if f.low(k) == "the" {
		k++
	}
	b := k
	for b < s.t1 && f.word(b) && isCap(f.toks[b].text) {
		b++
	}
	return rng{k, b}
}

// fullStatementLeadPara reports whether paragraph p ends with the lead of a
// statement reproduced in full.
func (f *finder) fullStatementLeadPara(p int) bool {
	last := -1
	for si := range f.sents {
		if f.sents[si].para == p {
			last = si
		}
	}
	if last < 0 {
		return false
	}
	_, ok := f.fullStatementLead(f.sents[last])
	return ok
}

// fullStatementParagraph reports whether paragraph p can be a paragraph of
// a statement of owner reproduced in full: a body paragraph with no
// quotation and no label, in the first person or, the first one only,
// naming the owner ("Harbour Homes regrets …"); narration after the
// statement that names the owner again ("Harbour Homes did not answer
// further questions.") is in the third person.
func (f *finder) fullStatementParagraph(p int, owner rng, opening bool) bool {
	if f.blockParagraph(p) {
		return true
	}
	if !opening || p >= len(f.paraZone) || f.paraZone[p] != "body" {
		return false
	}
	first := f.paraFirstToken(p)
	if first < 0 || f.toks[first].kind == tQuote {
		return false
	}
	name := strings.ToLower(possessiveBase(f.toks[owner.a].text))
	named := false
	for k := first; k < len(f.toks) && f.toks[k].para == p; k++ {
		if f.toks[k].quote >= 0 && !f.quotedPhraseInBlock(f.toks[k].quote) || k < first+5 && f.is(k, ":") {
			return false
		}
		named = named || f.word(k) && f.low(k) == name
	}
	return named
}
