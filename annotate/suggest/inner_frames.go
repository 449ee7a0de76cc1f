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
	if pa, pb, ok := f.frontedPronounSubject(t, c-1); ok {
		return pa, pb, true // "On the bus she sat down and said, “…”"
	}
	if na, nb, ok := f.apposedCoordinatedSubject(t, c-1); ok {
		return na, nb, true // "Our centre, Dani Roe, sat next to me and said, “…”"
	}
	if na, nb, ok := f.placeDescribedCoordinatedSubject(t, c-1); ok {
		return na, nb, true // "A man from Tarn, Ivo Lind, came and said, “…”"
	}
	sa, sb, ok := f.phraseAt(t, c-1)
	if !ok || sb >= c-2 && !(sb == c-2 && f.contactVerbBeforeAnd(sb)) || !f.word(sb) || functionWords[f.low(sb)] || f.is(sb, ",") {
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
	outer, ok := r.outerAttribution(i)
	if !ok {
		return ""
	}
	if !outer.direct && outer.pattern != "T" || m.r.a <= outer.content.a || m.r.a >= outer.content.b {
		return ""
	}
	for k := m.r.a - 1; k > outer.content.a; k-- {
		if role := f.personIntroduced(k, g); role != "" {
			return role
		}
	}
	// … or in the sentences before it in its paragraph ("… told us that a
	// graduate student had found it. “She came to me and said, ‘…’”")
	for k := outer.content.a - 1; k > 0 && f.toks[k].para == f.toks[m.r.a].para; k-- {
		if f.quoted(k) {
			break
		}
		if role := f.personIntroduced(k, g); role != "" {
			return role
		}
	}
	return ""
}

// roleIntroduced returns the role a person is introduced by when token k
// ends "a councillor", "a graduate student" (an indefinite or definite
// article, at most one modifier, a singular role noun of no other gender
// than g, not an apposition after a comma); "" otherwise.
func (f *finder) roleIntroduced(k int, g byte) string {
	w := f.low(k)
	if !f.word(k) || isCap(f.toks[k].text) || strings.HasSuffix(w, "s") || !roleNouns[w] && !roleNouns[w+"s"] || orgRoles[w] {
		return ""
	}
	if kg := kinGender(w); kg != 0 && kg != g {
		return ""
	}
	d := k - 1
	role := w
	if f.word(d) && !isDeterminer(f.low(d)) && !isCap(f.toks[d].text) && modifier(f.toks[d]) {
		role = f.low(d) + " " + w
		d--
	}
	if l := f.low(d); l != "a" && l != "an" && l != "the" || f.is(d-1, ",") {
		return ""
	}
	return role
}

// bareHearers parses a hearer the lexicon does not know, a plural noun
// alone right before the reported clause's subject ("told mourners she
// had …", "told diners they would …"), from token j.
func (f *finder) bareHearers(j, end int) (int, int, bool) {
	if j+1 >= end || !f.word(j) || f.quoted(j) || isCap(f.toks[j].text) {
		return 0, 0, false
	}
	w := f.low(j)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || functionWords[w] || clauseVerbs[w] || auxWords[w] {
		return 0, 0, false
	}
	switch f.low(j + 1) {
	case "she", "he", "they", "we", "i", "it":
		return j, j + 1, true
	}
	return 0, 0, false
}

// refusals are what a speaker does instead of saying more ("… but
// declined to comment further").
var refusals = words(`declined refused`)

// trimRefusalAfterBut cuts a content before "but" and a verb of refusing
// or of saying with no subject of its own, once the content is a clause:
// "confirmed he was among those laid off but declined to comment" ends at
// "off"; "said the trial was sound but warned against …" at "sound".
func (f *finder) trimRefusalAfterBut(r rng) int {
	for k := r.a + 3; k+1 < r.b; k++ {
		if f.low(k) != "but" || f.quoted(k) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		w := f.low(k + 1)
		cw, cue := cueWords[w]
		if !refusals[w] && !(cue && strings.HasSuffix(w, "ed") && cw.class != cueDemand) {
			continue
		}
		if f.clauseLike(rng{r.a, k}) {
			if f.is(k-1, ",") {
				return k - 1
			}
			return k
		}
	}
	return r.b
}

// outVerbs with "out" set words out in full ("set out the terms:",
// "spelled out the plan:").
var outVerbs = words(`set sets laid lays spelled spelt spells`)

// setOutFrame reads a quotation after a colon whose clause sets it out
// ("Later in the memo, she set out the terms: “…”"): the clause's subject
// speaks, "set out" is the cue.
func (f *finder) setOutFrame(a *attribution, q quotation, s sentence) bool {
	c := q.t0 - 1
	if !f.is(c, ":") {
		return false
	}
	for k := c - 2; k > s.t0 && k > c-7; k-- {
		if !f.word(k) || f.quoted(k) {
			return false
		}
		if !outVerbs[f.low(k)] || f.low(k+1) != "out" {
			continue
		}
		sa, sb, ok := f.speakerBefore(k, s.t0)
		if !ok {
			return false
		}
		a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{k, k + 2}, "set out"
		a.pattern, a.conf = "D3", 0.7
		return true
	}
	return false
}

// outerAttribution returns the statement that mention i's statement is
// nested in; false when mention i speaks no nested statement.
func (r *resolver) outerAttribution(i int) (attribution, bool) {
	m := r.mentions[i]
	if m.att < 0 || r.f.atts[m.att].nestedIn < 0 {
		return attribution{}, false
	}
	return r.f.atts[r.f.atts[m.att].nestedIn], true
}
