package suggest

// This file adds "recommend" to the cues of a that-clause: "The report
// recommended that the school make sure …" states what the report holds
// (the subjunctive clause is its content); "recommended a new policy",
// with no clause, is no statement.
func init() {
	for _, f := range []string{"recommends", "recommended"} {
		cueWords[f] = cueWord{lemma: "recommend", class: cueThat}
	}
}
