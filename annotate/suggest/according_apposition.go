package suggest

// sourceAppositionEnd steps over an indefinite apposition that describes
// the source of a fronted "According to": "According to the Haddow review,
// an independent report published alongside the plan, the survey drilled
// …" has its content after the second comma; the apposition says what the
// source is and was never said by it. From the token after the source's
// comma at j, the apposition opens with "a" or "an", names a document, a
// body or a role (documentNouns, orgRoles, anonymousRoles) within its first
// four words, has no verb, and closes with a comma before at least three
// words that open no relative clause ("a man in his forties, who …"), no
// number ("a man, 34, …") and no second apposition ("a council official,
// Mr Dane, …"); then sourceAppositionEnd returns the token after that
// comma. Otherwise, as for a list ("a van, a car and a lorry collided"), it
// returns j.
func (f *finder) sourceAppositionEnd(j, end int) int {
	if w := f.low(j); !f.word(j) || f.quoted(j) || w != "a" && w != "an" {
		return j
	}
	described := false
	for k := j + 1; k < end && k <= j+12; k++ {
		if f.is(k, ",") && !f.quoted(k) {
			next := k + 1
			if !described || k == j+1 || !f.word(next) || f.quoted(next) || isNumber(f.toks[next].text) {
				return j
			}
			if w := f.low(next); w == "who" || w == "which" || w == "that" || w == "whose" {
				return j
			}
			if f.wordsIn(rng{next, end}) < 3 || f.clauseEnd(next, end) < next+4 {
				return j // "a council official, Mr Dane, had lied": the apposition goes on
			}
			return next
		}
		if !f.word(k) || f.quoted(k) || clauseVerbs[f.low(k)] || f.contractedVerb(k) {
			return j
		}
		if w := f.low(k); documentNouns[w] || orgRoles[w] || anonymousRoles[w] {
			described = described || k <= j+4 // "report" is a noun here, not a cue
			continue
		}
		if _, cue := cueWords[f.low(k)]; cue && !documentParticiples[f.low(k)] {
			return j
		}
	}
	return j
}
