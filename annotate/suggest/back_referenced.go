package suggest

import "strings"

// This file reads quotations a magazine sets in italics, which reach the
// text with no marks: the speaker's words, then a sentence pointing back at
// them, "Ann Roe says this the way others give their address", "She tells
// me this twice", "That is how Roe describes her". The sentence before the
// pointer is the statement, with the first-person sentences before it (and
// a lone sentence opening the paragraph that does not name the speaker);
// the pointer's own object ("this the way …") is no statement.

// backPointerNext may follow "says this"/"says it" when "this" is the
// object, not the subject of a clause ("says it is unfair").
var backPointerNext = words(`in on with to at the twice again often every as without and while when . ,`)

// backHowVerbs describe words given before: "That is how X describes her".
var backHowVerbs = words(`describes described puts put remembers remembered recalls recalled`)

// backReferenced reads sentence si as a pointer back at the words before
// it and adds them as a statement of the pointer's subject, dropping what
// the patterns made of the pointer's object (attributions from first on).
func (f *finder) backReferenced(si, first int) {
	s := f.sents[si]
	if si == 0 || f.paraZone[s.para] != "body" || f.sents[si-1].para != s.para {
		return
	}
	c, obj, lo := -1, -1, s.t0
	if (f.low(s.t0) == "that" || f.low(s.t0) == "this") && f.low(s.t0+1) == "is" && f.low(s.t0+2) == "how" {
		lo = s.t0 + 3
		for k := lo + 1; k < s.t1 && k < lo+10; k++ {
			if f.word(k) && !f.quoted(k) && backHowVerbs[f.low(k)] {
				c = k
				break
			}
		}
	} else {
		for k := s.t0 + 1; k < s.t1 && k < s.t0+10; k++ {
			cw, ok, _ := f.cueAt(k, s.t0)
			if !ok || f.quoted(k) || cw.lemma != "say" && cw.lemma != "write" && cw.lemma != "tell" {
				continue
			}
			j := k + 1
			if cw.lemma == "tell" && f.low(j) == "me" {
				j++
			}
			if w := f.low(j); (w == "this" || w == "it") && (j+1 >= s.t1 || backPointerNext[f.low(j+1)] || strings.HasSuffix(f.low(j+1), "ly")) {
				c, obj = k, j
			}
			break
		}
	}
	if c < 0 {
		return
	}
	sa, sb, ok := f.speakerBefore(c, lo)
	if lo == s.t0+3 {
		// "That is how X, now 81, describes her": the name opening the subject
		sa, sb = lo, f.nameEnd(lo, c)
		ok = sb > sa
	}
	if !ok || sa != lo {
		return
	}
	top, ok := f.backReferencedTop(si, sa, sb)
	if !ok {
		return
	}
	for i := first; i < len(f.atts); i++ {
		if a := &f.atts[i]; a.sent == si && (obj >= 0 && a.content.a == obj || a.content.a >= s.t0 && a.content.a < s.t1 && !a.cue.empty() && a.cue.a <= c && c < a.cue.b) {
			a.dropped = true
		}
	}
	f.add(attribution{sent: si - 1, content: rng{f.sents[top].t0, s.t0}, speaker: rng{sa, sb}, cue: f.cueRange(c),
		cueLemma: cueWords[f.low(c)].lemma, direct: true, pattern: "B", conf: 0.5, priority: prioDirect})
}

// backReferencedTop returns the first sentence of the words the pointer
// at sentence si points back at: the sentence before it, the first-person
// sentences before that, or else a lone sentence opening the paragraph
// right before it that names no word of the speaker [sa, sb). None of them
// may hold a
// quotation mark or a cue.
func (f *finder) backReferencedTop(si, sa, sb int) (int, bool) {
	plain := func(sj int) bool {
		for k := f.sents[sj].t0; k < f.sents[sj].t1; k++ {
			if f.toks[k].quote >= 0 || f.toks[k].kind == tQuote {
				return false
			}
			if _, ok, _ := f.cueAt(k, f.sents[sj].t0); ok {
				return false
			}
		}
		return true
	}
	top := si - 1
	if !plain(top) {
		return 0, false
	}
	for top-1 >= 0 && f.sents[top-1].para == f.sents[si].para && plain(top-1) && f.firstPersonSent(top-1) {
		top--
	}
	if o := top - 1; top == si-1 && o >= 0 && f.sents[o].para == f.sents[si].para && (o == 0 || f.sents[o-1].para != f.sents[o].para) && plain(o) && !f.namesAny(o, sa, sb) {
		top = o
	}
	return top, true
}

// firstPersonSent reports whether sentence sj has a first-person word.
func (f *finder) firstPersonSent(sj int) bool {
	for k := f.sents[sj].t0; k < f.sents[sj].t1; k++ {
		w := f.low(k)
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i]
		}
		if f.word(k) && firstPersonWords[w] {
			return true
		}
	}
	return false
}

// namesAny reports whether sentence sj holds a capitalised word of [sa, sb).
func (f *finder) namesAny(sj, sa, sb int) bool {
	for k := f.sents[sj].t0; k < f.sents[sj].t1; k++ {
		for j := sa; j < sb; j++ {
			if f.word(j) && isCap(f.toks[j].text) && f.word(k) && f.toks[k].text == f.toks[j].text {
				return true
			}
		}
	}
	return false
}
