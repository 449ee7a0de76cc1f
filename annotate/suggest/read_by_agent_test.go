package suggest

import "testing"

// TestReadByAgent: "said in a message read by X, Y, that …" and "wrote in
// a letter read by …" report what follows "that"; a read-by adjunct with
// no "that" after it, a "that" past a clause verb and a participle with no
// "by" give no such statement.
func TestReadByAgent(t *testing.T) {
	checkStatements(t, "Ana Roe said in a message read by the club's secretary, Tom Hale, that the ground would be sold.",
		[]string{"the ground would be sold"}, nil)
	checkStatements(t, "Ben Tarr wrote in a letter read by his daughter, Ines Tarr, that the mill had been his whole life.",
		[]string{"the mill had been his whole life"}, nil)
	checkStatements(t, "The bishop said in a sermon delivered by his deputy, Canon Ruth Pell, that the parish would stay open.",
		[]string{"the parish would stay open"}, nil)
	// near-misses
	checkStatements(t, "Ana Roe said in a message read by the club's secretary, Tom Hale, who wept.",
		nil, []string{"read by the club's secretary, Tom Hale, who wept", "who wept", "Tom Hale, who wept"})
	// a "that" after a clause verb is the agent's own report, not Roe's
	for _, g := range checkStatements(t, "Ana Roe said in a message read by the secretary, who later admitted that the ground was sold.", nil, nil) {
		if g.statement == "the ground was sold" && g.canonical == "Ana Roe" {
			t.Errorf("%v: the agent's report given to the writer", g)
		}
	}
	checkStatements(t, "Ana Roe said in a message read aloud at the dinner, which her niece attended, that was long.",
		nil, []string{"was long"})
}
