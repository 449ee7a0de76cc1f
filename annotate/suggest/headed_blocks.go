package suggest

import "strings"

// This file reads answers set under a speaker line, as round-ups and vox
// pops print them: a paragraph "Dr Ann Roe, headteacher, Castle School" or
// "Ann Roe, 58, florist" (a name, a comma, a role or an age, no sentence),
// then that person's words with no cue: paragraphs in the first person
// with no quotation marks, or a paragraph that is one quotation. Each is a
// statement of the line's person, with no cue. The run stops at the next
// speaker line and at the first paragraph of narration (a third-person
// paragraph, or one naming the person).

// headedBlocks adds to blocks the paragraphs under each speaker line.
func (f *finder) headedBlocks(blocks map[int]blockFrame) map[int]blockFrame {
	for p := range f.paraZone {
		name, ok := f.answerHeading(p)
		if !ok {
			continue
		}
		top := p + 1
		for q := top; q < len(f.paraZone); q++ {
			if _, taken := blocks[q]; taken || !f.headedAnswer(q, name) {
				break
			}
			if _, next := f.answerHeading(q); next {
				break
			}
			if blocks == nil {
				blocks = map[int]blockFrame{}
			}
			blocks[q] = blockFrame{speaker: name, first: q == top, owner: top}
		}
	}
	return blocks
}

// speakerLine reports whether paragraph p is a speaker line: a title word
// or none, a name of two to four words, a comma and up to twelve words of
// role, age and institution, with no sentence mark, quotation or cue. It
// returns the name's token range.
func (f *finder) speakerLine(p int) (rng, bool) {
	if f.paraZone[p] != "body" {
		return rng{}, false
	}
	t := f.paraToks(p)
	if t.empty() {
		return rng{}, false
	}
	k := t.a
	if f.word(k) && titleWords[f.low(k)] {
		k++
		if f.is(k, ".") {
			k++
		}
	}
	n := f.nameEnd(k, t.b)
	if n-k < 2 || n-k > 4 || !f.is(n, ",") || !f.hasName(rng{k, n}) {
		return rng{}, false
	}
	words := 0
	for j := n + 1; j < t.b; j++ {
		tk := f.toks[j]
		if tk.quote >= 0 || tk.kind == tQuote {
			return rng{}, false
		}
		if tk.kind != tWord {
			if strings.ContainsAny(tk.text, ".?!:;()") {
				return rng{}, false
			}
			continue
		}
		if _, cue, _ := f.cueAt(j, t.a); cue {
			return rng{}, false
		}
		words++
	}
	if words == 0 || words > 12 || !f.word(t.b-1) {
		return rng{}, false
	}
	return rng{k, n}, true
}

// headedAnswer reports whether paragraph q reads as the words of the
// person named by name under a speaker line: one quotation and nothing
// else, or a paragraph in that person's own voice (first person outside
// any quotation, no fewer first-person words than third-person ones, the
// name's words not in it).
func (f *finder) headedAnswer(q int, name rng) bool {
	if f.paraZone[q] != "body" {
		return false
	}
	t := f.paraToks(q)
	if t.empty() {
		return false
	}
	if qi := f.toks[t.a].quote; f.toks[t.a].kind == tQuote && qi >= 0 && f.quotes[qi].t0 == t.a {
		return f.quotes[qi].t1 == t.b-1
	}
	return f.firstPersonPara(q) && f.ownVoice(q, name.a, name.b)
}
