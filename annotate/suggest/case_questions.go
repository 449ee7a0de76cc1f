package suggest

import "strings"

// This file answers the resolver's few questions about how a word is
// written elsewhere in the document (in lower case? capitalised away from
// a sentence's start, how often?) by reading the tokens, until enough
// questions have come for indexCase's tables to be worth making: most
// documents ask none or a handful, and making the tables was a map entry
// for every word of the text.

// caseQuestionsBeforeIndex is how many questions are answered by reading
// the tokens before indexCase makes its tables.
const caseQuestionsBeforeIndex = 8

// caseIndexed makes indexCase's tables once enough questions have come,
// and reports whether they are there. Where sentences start is recorded
// either way (indexWords), as indexCase did for its callers.
func (r *resolver) caseIndexed() bool {
	r.indexWords()
	if r.lowerWords == nil {
		if r.caseAsked < caseQuestionsBeforeIndex {
			r.caseAsked++
			return false
		}
		r.indexCase()
	}
	return true
}

// writtenLower is r.lowerWords[w]: whether w is the text of a word not
// capitalised (isCap) somewhere in the document.
func (r *resolver) writtenLower(w string) bool {
	if r.caseIndexed() {
		return r.lowerWords[w]
	}
	for _, t := range r.f.toks {
		if t.kind == tWord && len(t.text) == len(w) && t.text == w && !isCap(t.text) {
			return true
		}
	}
	return false
}

// midCapCount is r.midCaps[w]: how often w (a possessive counted as its
// name) is written capitalised where no sentence starts.
func (r *resolver) midCapCount(w string) int {
	if r.caseIndexed() {
		return r.midCaps[w]
	}
	n := 0
	for k, t := range r.f.toks {
		if t.kind != tWord || len(t.text) < len(w) || !strings.HasPrefix(t.text, w) {
			continue
		}
		if isCap(t.text) && !r.sentStart[k] && strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s") == w {
			n++
		}
	}
	return n
}
