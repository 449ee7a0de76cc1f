package suggest

// This file reads a document described by who sent it or whom it went to
// as the speaker: "an email sent by a senior nurse on 2 May warned …", "A
// letter circulated to the governors says …". The person or body after
// the participle wrote or received it; the document so described speaks.

// sentDocuments are the documents sent or passed round.
var sentDocuments = words(`email e-mail memo letter note message briefing circular report document`)

// sendingParticiples tie a sent document to its sender or readers.
var sendingParticiples = words(`sent circulated emailed forwarded addressed distributed written issued`)

// documentSentBefore returns the phrase "[det] DOCUMENT PARTICIPLE by|to …"
// that ends right before the cue c, when it opens the sentence (from lo),
// follows a comma or a sentence-opening conjunction: the document speaks.
// The phrase holds at most a dozen tokens and no punctuation or quotation.
func (x *text) documentSentBefore(c, lo int) (int, int, bool) {
	b := c
	for b-1 > lo && x.word(b-1) && x.lexicons(b-1)&inAuxWords != 0 {
		b--
	}
	for k := b - 1; k > lo && k >= b-12; k-- {
		if x.quoted(k) || !x.word(k) && !isNumber(x.toks[k].text) {
			return 0, 0, false
		}
		if !x.word(k+1) || x.low(k+1) != "by" && x.low(k+1) != "to" || k+2 >= b || !sendingParticiples[x.low(k)] || !sentDocuments[x.low(k-1)] {
			continue
		}
		a := k - 1
		if a-1 < lo || !x.word(a-1) || !determiners[x.low(a-1)] {
			return 0, 0, false
		}
		a--
		if a == lo || x.is(a-1, ",") || a-1 == lo && x.word(lo) && openingConjunctions[x.low(lo)] {
			return a, b, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// openingConjunctions may open a sentence before its subject.
var openingConjunctions = words(`but and yet so`)

// sentDocumentAt reports whether ws[k] is a sending participle after a sent
// document's noun and before "by" or "to" ("an email sent by …").
func sentDocumentAt(ws []string, k int) bool {
	return k >= 1 && k+1 < len(ws) && sendingParticiples[bare(ws[k])] && sentDocuments[bare(ws[k-1])] && (bare(ws[k+1]) == "by" || bare(ws[k+1]) == "to")
}
