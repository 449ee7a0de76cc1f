package suggest

// This file ends a content at "and" and a verb whose object is owned by the
// speaker rather than by the content's subject: "wrote that the warning was
// “a sign of real pain” and cut their forecast to 40p" — "their" cannot be
// the warning's, so the analysts cut it, after saying what they said.

// trimOwnerActAfterQuote cuts a content before "and" right after a closing
// quotation when a past verb and an owner that disagrees in number with
// the content's subject follow: "their" after a subject that takes "was",
// "is" or "has"; "its" after one that takes "were", "are" or "have". A
// content whose number no auxiliary tells, or whose owner agrees with its
// subject ("the council had “failed” and cut its budget"), stays whole.
func (f *finder) trimOwnerActAfterQuote(r rng) int {
	for k := r.a + 3; k+2 < r.b; k++ {
		if f.low(k) != "and" || f.quoted(k) || !f.closingQuote(k-1) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		v := f.low(k + 1)
		if clauseVerbs[v] || auxWords[v] || !pastVerb(v) {
			continue
		}
		owner := f.low(k + 2)
		if owner != "their" && owner != "its" {
			continue
		}
		plural, known := f.subjectNumber(r)
		if known && (owner == "their") != plural {
			return k
		}
	}
	return r.b
}

// subjectNumber reads the number of a content's subject from its first
// auxiliary within six tokens ("the warning was …": singular); known is
// false when none tells it (a modal, a lexical verb, a quotation first).
func (f *finder) subjectNumber(r rng) (plural, known bool) {
	for k := r.a + 1; k < r.b && k < r.a+6; k++ {
		if f.quoted(k) || !f.word(k) {
			return false, false
		}
		switch f.low(k) {
		case "was", "is", "has", "does":
			return false, true
		case "were", "are", "have", "do":
			return true, true
		}
		if clauseVerbs[f.low(k)] {
			return false, false
		}
	}
	return false, false
}

// pastVerb reports a past-tense form: a regular "-ed" or one of the
// irregular verbs of an act on a figure or a plan ("cut", "set", "kept").
func pastVerb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ed" || irregularActs[w]
}

// irregularActs are irregular past forms of acts on a figure or a plan.
var irregularActs = words(`cut set kept held put left made took gave sent sold bought`)
