package suggest

// requestVerbs ask someone to do something: "it asks walkers to keep dogs
// on leads", "she urged parents to …".
var requestVerbs = words(`asks asked urges urged begs begged invites invited encourages encouraged implores implored`)

// trimRequestClause ends content r before ", and PRONOUN REQUEST … to …"
// ("the family is still vulnerable, and it asks walkers to keep dogs on
// leads"): a request the speaker makes is no part of what it reports, and
// no statement (guidelines: requests and orders are not statements). A
// request without "to" ("and it asks about the cost") and a request in
// quotation marks stay.
func (f *finder) trimRequestClause(r rng) int {
	for k := r.a + 1; k+4 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "and" || !subjectPronouns[f.low(k+2)] || !requestVerbs[f.low(k+3)] || f.quoted(k+3) {
			continue
		}
		for j := k + 4; j < r.b && j <= k+8; j++ {
			if !f.word(j) || f.quoted(j) {
				break
			}
			if f.low(j) == "to" && j > k+4 {
				return k
			}
		}
	}
	return r.b
}
