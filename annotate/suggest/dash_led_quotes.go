package suggest

// This file reads the dash-led quotations of Finnish and Swedish news
// ("– Sulphate does not disappear. It sinks to the bottom, says X."): a
// spaced dash opens a paragraph that is the speaker's own words, and the
// frame at its end governs every sentence of it, not only the last one. A
// dash-led paragraph with no frame goes on with the speaker of the dash-led
// paragraph just before it. The dash stays part of the statement, as a
// quotation mark does.

// spacedDashLine reports whether paragraph-opening token t0 is a spaced
// dash ("– We", "— We") before a capitalised word.
func (f *finder) spacedDashLine(t0 int) bool {
	if t0+1 >= len(f.toks) || !(f.is(t0, "–") || f.is(t0, "—")) {
		return false
	}
	if t0 > 0 && f.toks[t0-1].para == f.toks[t0].para {
		return false
	}
	n := f.toks[t0+1]
	return n.para == f.toks[t0].para && n.start > f.toks[t0].end && n.kind == tWord && isCap(n.text)
}

// paraStart returns the first token of the paragraph holding token t.
func (f *finder) paraStart(t int) int {
	for t > 0 && f.toks[t-1].para == f.toks[t].para {
		t--
	}
	return t
}

// dashLedLines widens the postposed attributions found in sentence si
// (those from first on) to the spaced dash that opens their paragraph,
// when the sentences before it in the paragraph hold no statement of
// their own, and reads a framed dash-led paragraph ending at si as a
// floating quotation of the one before.
func (f *finder) dashLedLines(si, first int) {
	s := f.sents[si]
	if f.paraZone[s.para] != "body" {
		return
	}
	p0 := f.paraStart(s.t0)
	if !f.spacedDashLine(p0) {
		return
	}
	for k := first; k < len(f.atts); k++ {
		a := &f.atts[k]
		if a.dropped || a.nestedIn >= 0 || a.speaker.empty() || a.content.a != s.t0 || a.content.a == p0 || a.cue.a < a.content.b {
			continue
		}
		if f.statementFrom(p0, first) {
			continue
		}
		a.content.a = p0
	}
	if len(f.atts) > first || s.t1 < len(f.toks) && f.toks[s.t1].para == f.toks[s.t0].para {
		return // framed, or the paragraph goes on
	}
	if f.dashFrameRest(si, p0) { // "— We stay, said Ana. They owe us wages."
		return
	}
	f.unframedDashLine(si, p0)
}

// statementFrom reports whether an attribution before first holds a token
// from t on.
func (f *finder) statementFrom(t, first int) bool {
	for k := first - 1; k >= 0; k-- {
		a := f.atts[k]
		if a.dropped {
			continue
		}
		if a.content.b <= t {
			return false
		}
		return true
	}
	return false
}

// unframedDashLine adds dash-led paragraph p0…si, which has no frame, as a
// floating quotation of the last attribution when that one is a framed
// dash-led paragraph right before it.
func (f *finder) unframedDashLine(si, p0 int) {
	if f.statementFrom(p0, len(f.atts)) || f.onlyAsks(p0, f.sents[si].t1) { // "— And if they come?"
		return
	}
	prev := f.lastSpoken()
	if prev < 0 {
		return
	}
	p := f.atts[prev]
	if p.content.empty() || p.speaker.empty() || !f.spacedDashLine(p.content.a) || f.toks[p0].para-f.toks[p.content.a].para != 1 {
		return
	}
	f.atts = append(f.atts, attribution{content: rng{p0, f.sents[si].t1}, sent: si, pattern: "F", conf: 0.45,
		inherit: prev, nestedIn: -1, direct: true, priority: prioFloating})
}
