package suggest

// This file holds the cue of a court's or tribunal's decision told as a
// finding: "The Court of Appeal has ruled that the guidance was unlawful",
// "the panel ruled that she could not show how …". The guidelines tag
// what a court or panel rules as its statement, like what it finds. Only
// the past form with a that-clause is taken: "ruled out", "ruled the
// country" and the noun "rules" say nothing.

func init() {
	cueWords["ruled"] = cueWord{lemma: "rule", class: cueThat}
}
