package suggest

// frontedSubordinators open a clause set before the main one ("When I asked
// what he would miss, he took a long time to answer.").
var frontedSubordinators = words(`when after as while before once although though because since`)

// runOnNamed returns the person a narrating sentence names just before a
// quotation told over paragraphs with no cue ("… he took a long time to
// answer.\n\n“…\n\n“…\n\n“…”"): the quotation fills its paragraphs, each
// reopened by a mark, and the sentence before closes the paragraph before
// it, holds no quotation and no cue, and has "he", "she" or a name as the
// subject of its main clause. A lone unclosed mark pairs with nothing and a
// title does not fill its paragraphs, so neither is taken.
func (f *finder) runOnNamed(si int, q quotation) (int, int, bool) {
	if si == 0 || q.title || f.sents[si].t0 != q.t0 || f.toks[q.t1].para == f.toks[q.t0].para {
		return 0, 0, false
	}
	if q.t1+1 < len(f.toks) && f.toks[q.t1+1].para == f.toks[q.t1].para {
		return 0, 0, false // the quotation does not fill its last paragraph
	}
	b := f.sents[si-1]
	if b.para != f.toks[q.t0].para-1 || f.paraZone[b.para] != f.paraZone[f.toks[q.t0].para] {
		return 0, 0, false
	}
	for _, a := range f.atts {
		if a.sent == si-1 && !a.dropped {
			return 0, 0, false
		}
	}
	t := b.t0
	if f.word(t) && frontedSubordinators[f.low(t)] {
		t = -1
		for k := b.t0 + 1; k < b.t1-2 && k < b.t0+12; k++ {
			if f.is(k, ",") {
				t = k + 1
				break
			}
		}
		if t < 0 {
			return 0, 0, false
		}
	}
	// the main clause holds no cue; a fronted one may ("When I asked …")
	for k := b.t0; k < b.t1; k++ {
		if f.toks[k].quote >= 0 || k >= t && f.usedCue[k] {
			return 0, 0, false
		}
		if _, ok, _ := f.cueAt(k, t); ok && k >= t {
			return 0, 0, false
		}
	}
	sa, sb, ok := f.phraseAt(t, b.t1)
	if !ok || !f.word(sb) || isCap(f.toks[sb].text) {
		return 0, 0, false
	}
	if sb-sa == 1 && pronouns[f.low(sa)] {
		if l := f.low(sa); l != "he" && l != "she" {
			return 0, 0, false // "it", "they": no one person
		}
		return sa, sb, true
	}
	if !isCap(f.toks[sb-1].text) {
		return 0, 0, false // "the bridge", "the council": named by no name
	}
	return sa, sb, true
}
