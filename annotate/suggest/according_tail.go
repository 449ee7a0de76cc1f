package suggest

// sourceLinkParticiples tie findings to who gathered them ("figures
// compiled by the paper", "records analysed by the newsroom").
var sourceLinkParticiples = words(`compiled analysed analyzed gathered collected`)

// sourceToSentenceEnd returns where an "according to" source ends when it
// closes its sentence after a comma and the parsed phrase [sa, sb) stops
// short of the full stop at a word that links it on ("…, according to
// figures from the force.", "…, according to figures compiled by the
// Courier.", "…, according to the largest study of the tax so far."): the
// whole rest of the sentence names the source. A rest holding a clause, a
// quotation, a comma, a time ("… on Tuesday") or a channel ("… in a
// statement") keeps sb, as does a source with a name of its own.
func (f *finder) sourceToSentenceEnd(sa, sb, end int) int {
	e := end
	for e > sb && !f.word(e-1) && !f.abbrevDot(e-1) {
		e--
	}
	if e <= sb || e-sa > 12 || !f.is(e, ".") && !f.is(e, "!") && !f.is(e, "?") && e < len(f.toks) {
		return sb
	}
	// "…, according to the Regional Tax Atlas published each spring by
	// …": a named source keeps its name
	if f.nameWord(sb - 1) {
		return sb
	}
	if w := f.low(sb); !f.word(sb) || !(w == "from" || w == "of" || w == "by" || w == "at" || sourceLinkParticiples[w] || documentParticiples[w]) {
		return sb
	}
	for k := sb; k < e; k++ {
		w := f.low(k)
		if f.quoted(k) || !f.word(k) && !f.abbrevDot(k) || clauseVerbs[w] || auxWords[w] && w != "so" && w != "far" ||
			w == "who" || w == "which" || w == "that" || calendarWords[w] || timeWords[w] || w == "statement" || w == "interview" {
			return sb
		}
		if _, cue := cueWords[w]; cue && !sourceLinkParticiples[w] && !documentParticiples[w] {
			return sb
		}
	}
	return e
}

// nounBeforeLink parses an "according to" source whose noun the lexicon
// does not know, from token i: a determiner and one or two lower-case words
// before a word that links it on ("…, according to a preprint from
// researchers at …"); the caller extends it to the sentence's end.
func (f *finder) nounBeforeLink(i, end int) (int, int, bool) {
	if !f.word(i) || f.quoted(i) || !isDeterminer(f.low(i)) {
		return 0, 0, false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		if !f.word(k) || f.quoted(k) || isCap(f.toks[k].text) {
			return 0, 0, false
		}
		if w := f.low(k); k > i+1 && (w == "from" || w == "of" || w == "by" || w == "at" || sourceLinkParticiples[w] || documentParticiples[w]) {
			return i, k, true
		}
		if !modifier(f.toks[k]) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}
