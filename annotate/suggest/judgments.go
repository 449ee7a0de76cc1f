package suggest

// This file holds the reporting cues of court and tribunal reports: a
// judgment's participle (", ruling that …"), what a party "accepted"
// before it "argued", what someone "had always maintained", and a
// paragraph mark between commas ("He added, at [57], that …").

func init() {
	// "The court quashed the conviction, ruling that the trial was
	// unfair", "…, finding that the council had acted unlawfully"
	participles["ruling"] = cueWord{lemma: "rule", class: cueThat}
	participles["finding"] = cueWord{lemma: "find", class: cueThat}
	// "The Crown accepted that the caution was minor": "accepted the
	// offer" is no statement, so only a clause is taken
	for _, form := range []string{"accepts", "accepted"} {
		cueWords[form] = cueWord{lemma: "accept", class: cueThat}
	}
	for w := range perfectAdverbs {
		auxWords[w] = true
	}
}

// perfectAdverbs stand between a perfect's auxiliary and its cue ("had
// always maintained", "has consistently denied", "had once told") and belong
// to the cue.
var perfectAdverbs = words(`always consistently once`)

// perfectAdverbCue returns where the cue at c begins when an auxiliary and
// one of perfectAdverbs stand before it ("had always maintained"), or c.
func (f *finder) perfectAdverbCue(c int) int {
	if w := f.low(c - 2); f.word(c-1) && perfectAdverbs[f.low(c-1)] && f.word(c-2) && !f.quoted(c-2) && (w == "has" || w == "have" || w == "had") {
		return c - 2
	}
	return c
}

// pinpoint reports a token of a paragraph or page mark in an aside
// between commas ("at [57]", "at para (12)"), which the words of an
// adjunct may hold.
func (f *finder) pinpoint(k int) bool {
	return f.is(k, "[") || f.is(k, "]") || f.is(k, "(") || f.is(k, ")")
}

// acceptedInReport reports the cue "accepted" at c inside what another
// attribution reports ("The judge said she accepted that …"): the
// speaker's concession is part of that statement, not a statement apart.
func (f *finder) acceptedInReport(c int, cw cueWord) bool {
	if cw.lemma != "accept" {
		return false
	}
	for _, a := range f.atts {
		if !a.dropped && a.content.contains(c) {
			return true
		}
	}
	return false
}

// skipPinpoint steps over a paragraph mark that follows a cue ("said at
// [61]", "added at para 12") from j, not reaching hi.
func (f *finder) skipPinpoint(j, hi int) int {
	if f.low(j) != "at" || f.quoted(j) {
		return j
	}
	k := j + 1
	if f.low(k) == "para" || f.low(k) == "paragraph" {
		k++
	}
	// the closing bracket may be where the sentence's text ends
	if f.is(k, "[") && k+2 <= hi && isNumber(f.toks[k+1].text) && f.is(k+2, "]") {
		return min(k+3, hi)
	}
	if k > j+1 && k < hi && isNumber(f.toks[k].text) {
		return k + 1
	}
	return j
}

// closingMarks close a quotation, an inner one included.
var closingMarks = map[string]bool{"’": true, "‘": true, "'": true, "”": true, "\"": true, "»": true, "“": true}
