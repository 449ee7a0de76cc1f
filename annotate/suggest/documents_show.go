package suggest

// This file reads documents that "show that" something: "Court papers
// showed that …", "Staff rotas for the same months show that …". The
// guidelines tag what a document is said to show as its statement (speaker
// type document). A document the writer already introduced and now reads
// for the reader ("The papers show that …", "the map shows …") stays the
// reporter's own reading, as fixture 19 tags it: only documents named
// without a determiner, in the plural, speak this way.

// shownDocumentHeads are plural nouns for documents whose contents an
// article reports ("court papers", "staff rotas", "bank records").
var shownDocumentHeads = words(`papers records rotas documents files filings minutes logs
	emails e-mails messages letters notes accounts spreadsheets invoices receipts timesheets
	transcripts statements reports figures data`)

// shownDocumentStops end the head of a document phrase: what follows
// ("for the same months", "from the hearing", "seen by …") modifies it.
var shownDocumentStops = words(`for from of at in on seen obtained filed published released lodged`)

// bareDocuments reports whether the speaker phrase r of a cue "show" is a
// plural document noun phrase without a determiner ("Court papers", "Staff
// rotas for the same months"), whose head is the word before any modifier.
func (f *finder) bareDocuments(r rng) bool {
	if r.empty() || r.b-r.a > 10 || !f.word(r.a) || isDeterminer(f.low(r.a)) || demonstratives[f.low(r.a)] || pronouns[f.low(r.a)] {
		return false
	}
	head := r.b - 1
	for k := r.a + 1; k < r.b; k++ {
		if shownDocumentStops[f.low(k)] {
			head = k - 1
			break
		}
	}
	for k := r.a; k <= head; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
	}
	return shownDocumentHeads[f.low(head)]
}

// bareDocumentsBefore finds such a document phrase as the subject of a
// cue "show" at token c when the general speaker phrase has no room for it
// ("Staff rotas for the same months show …"): the words from the start
// of the sentence lo up to the cue.
func (f *finder) bareDocumentsBefore(c, lo int) (int, int, bool) {
	if c-lo < 2 || !f.bareDocuments(rng{lo, c}) {
		return 0, 0, false
	}
	for k := lo; k < c; k++ {
		if !f.word(k) || f.quoted(k) {
			return 0, 0, false
		}
	}
	return lo, c, true
}

// demonstratives open a phrase the way a determiner does ("These records").
var demonstratives = words(`this that these those such`)

// shownAfter reads a document's finding placed after its content, "…, bank
// records show." or "…, the council’s own minutes show.": the speaker
// phrase between the comma and the cue at token c (one the speaker parser
// reads) ends in a document noun and is bare or has an owner in the
// possessive; the cue ends the clause. "…, the papers show." stays the
// writer's reading.
func (f *finder) shownAfter(si, c int, cw cueWord, end int) bool {
	s := f.sents[si]
	sa, sb, ok := f.speakerBefore(c, s.t0)
	if !ok || sa-1 <= s.t0 || !f.is(sa-1, ",") || sb != c || f.word(c+1) || f.is(c+1, ",") || f.is(c+1, ";") {
		return false
	}
	if !f.bareDocuments(rng{sa, sb}) && !f.ownedDocuments(sa, sb) {
		return false
	}
	return f.postposed(si, c, cw, end)
}

// ownedDocuments reports whether tokens [a, b) are documents named with
// their owner in the possessive ("the authority’s records", "Vantor’s own
// figures"): a plural document noun last, a possessive before it.
func (f *finder) ownedDocuments(a, b int) bool {
	if b-a < 2 || b-a > 6 || !f.word(b-1) || f.quoted(b-1) || !shownDocumentHeads[f.low(b-1)] {
		return false
	}
	for k := a; k < b-1; k++ {
		if f.word(k) && !f.quoted(k) && f.possessorBeforeNoun(k) {
			return true
		}
	}
	return false
}
