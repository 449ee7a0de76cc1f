package suggest

// This file reads a document addressed to a body as the speaker of its
// findings: "A report to the cabinet said …", "A paper to the health
// board said …". The words after "to" name whom it was written for, not
// who speaks, so the document with its address is the speaker.

// addressedDocuments are the documents put to a body.
var addressedDocuments = words(`report paper letter memo note submission briefing presentation assessment review`)

// documentToBody returns the phrase "[det] DOCUMENT to [det] BODY" ending at
// token i, the last word before a cue, when it opens the sentence (from lo)
// or follows a comma: the document addressed to the body speaks.
func (x *text) documentToBody(i, lo int) (int, int, bool) {
	if !x.word(i) || x.quoted(i) {
		return 0, 0, false
	}
	to := -1
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if x.word(k) && x.low(k) == "to" {
			to = k
			break
		}
		if !x.word(k) || x.quoted(k) {
			return 0, 0, false
		}
	}
	if to < 0 || to-1 < lo || !x.word(to-1) || !addressedDocuments[x.low(to-1)] {
		return 0, 0, false
	}
	a := to - 1
	if a-1 >= lo && x.word(a-1) && determiners[x.low(a-1)] {
		a--
	}
	if a != lo && !x.is(a-1, ",") {
		return 0, 0, false // "He sent a report to the cabinet and said": he speaks
	}
	return a, i + 1, true
}
