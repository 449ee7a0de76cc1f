package suggest

// possessiveDeterminers open a hearer named by what someone has: "told her
// sister", "told their lawyers".
var possessiveDeterminers = words(`his her their its our my your`)

// possessiveHearer parses a hearer after a tell-class cue that a possessive
// opens: a possessive determiner ("her sister", "his younger brother") or
// "the" and a possessor ("the court's registrar"), then up to three
// lower-case words. The hearer ends where a reported clause can start
// ("told her sister it would …", "told his mother the farm …") or at a
// verb ("what she told her mother would be …": the thing told is "what",
// so no clause is reported), never before a link ("told his story to …"
// has no hearer here).
func (x *text) possessiveHearer(i, hi int) (int, int, bool) {
	j := i
	switch {
	case possessiveDeterminers[x.low(i)]:
		j = i + 1
	case x.low(i) == "the" && i+1 < hi && !isCap(x.toks[i+1].text) && x.possessorBeforeNoun(i+1):
		j = i + 2
	default:
		return 0, 0, false
	}
	k := j
	for k < hi && k < j+3 && x.hearerNounWord(k) {
		k++
	}
	if k == j || k < hi && !x.clauseOpens(k) && !clauseVerbs[x.low(k)] {
		return 0, 0, false
	}
	return i, k, true
}

// hearerNounWord reports whether token k can be a lower-case word of a
// hearer's noun phrase: no function word, verb, link or cue.
func (x *text) hearerNounWord(k int) bool {
	if !x.word(k) || x.quoted(k) || isCap(x.toks[k].text) {
		return false
	}
	w := x.low(k)
	if functionWords[w] || clauseVerbs[w] || phraseLinks[w] || subjectPronouns[w] || determiners[w] {
		return false
	}
	_, cue := cueWords[w]
	return !cue
}

// clauseOpens reports whether token k can open the clause reported after a
// hearer: "that", a subject pronoun, a determiner, a capitalised word, or
// a comma or colon before a quotation.
func (x *text) clauseOpens(k int) bool {
	if (x.is(k, ",") || x.is(k, ":")) && x.quoted(k+1) {
		return true // "told his mother, “…”"
	}
	if !x.word(k) || x.quoted(k) {
		return false
	}
	w := x.low(k)
	return w == "that" || subjectPronouns[w] || determiners[w] || isCap(x.toks[k].text)
}

// verbAfterHearer reports whether token j, just after a hearer, is a verb:
// the clause after it has no subject ("what she told her mother would be
// …": the thing told is "what"), so it reports nothing.
func (x *text) verbAfterHearer(j int) bool {
	return x.word(j) && !x.quoted(j) && !isCap(x.toks[j].text) && clauseVerbs[x.low(j)]
}
