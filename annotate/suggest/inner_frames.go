package suggest

import "strings"

// partitiveAddressee parses a hearer counted out of a group after a
// tell-class cue ("told one of our volunteers", "told two of the
// nurses"), from token i to before hi.
func (f *finder) partitiveAddressee(i, hi int) (int, int, bool) {
	if !f.word(i) || f.quoted(i) || !(countWords[f.low(i)] || f.low(i) == "one" || f.low(i) == "each") || f.low(i+1) != "of" {
		return 0, 0, false
	}
	k := i + 2
	if !f.word(k) || !isDeterminer(f.low(k)) && f.low(k) != "these" && f.low(k) != "those" {
		return 0, 0, false
	}
	k++
	for k < hi && k < i+7 && f.word(k) && !f.quoted(k) && !isCap(f.toks[k].text) && !functionWords[f.low(k)] {
		k++
	}
	if k == i+3 {
		return 0, 0, false
	}
	return i, k, true
}

// coordinatedSubject finds who speaks when the cue at c is the second verb
// of its clause ("Omar came to me last week and said, ‘…’"): the subject
// opening the clause, when a verb follows it before the "and".
func (f *finder) coordinatedSubject(c, lo int) (int, int, bool) {
	if f.low(c-1) != "and" {
		return 0, 0, false
	}
	t := c - 2
	for t > lo && !(f.toks[t-1].kind == tPunct && (f.is(t-1, ".") && !f.abbrevDot(t-1) || f.is(t-1, "?") || f.is(t-1, "!") || f.is(t-1, ";") || f.is(t-1, ":") || f.toks[t-1].kind == tQuote)) {
		t--
	}
	for t < c && !f.word(t) {
		t++
	}
	sa, sb, ok := f.phraseAt(t, c-1)
	if !ok || sb >= c-2 || !f.word(sb) || functionWords[f.low(sb)] || f.is(sb, ",") {
		return 0, 0, false
	}
	// a verb, not a second name, after the subject ("came", "rang")
	if isCap(f.toks[sb].text) || isDeterminer(f.low(sb)) {
		return 0, 0, false
	}
	return sa, sb, true
}

// hearerPronoun reports an object pronoun at token k ("said to me").
func (f *finder) hearerPronoun(k int) bool {
	switch f.low(k) {
	case "me", "us", "him", "her", "them", "you":
		return f.word(k) && !f.quoted(k)
	}
	return false
}

// roleInQuote returns, for "he" or "she" (mention i, gender g) speaking
// inside a quotation with no person of that gender named in it before,
// the role of a person the quotation introduced ("“I stood there with a
// councillor. He said to me, ‘…’”" → "councillor"); "" if none.
func (r *resolver) roleInQuote(i int, g byte) string {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || f.atts[m.att].nestedIn < 0 {
		return ""
	}
	outer := f.atts[f.atts[m.att].nestedIn]
	if !outer.direct || m.r.a <= outer.content.a || m.r.a >= outer.content.b {
		return ""
	}
	for k := m.r.a - 1; k > outer.content.a; k-- {
		w := f.low(k)
		if !f.word(k) || !roleNouns[w] || orgRoles[w] || strings.HasSuffix(w, "s") || isCap(f.toks[k].text) {
			continue
		}
		if d := f.low(k - 1); d != "a" && d != "an" && d != "the" {
			continue
		}
		if kg := kinGender(w); kg != 0 && kg != g {
			continue
		}
		return w
	}
	return ""
}
