package suggest

// This file stretches a cue's channel adjunct over the agent of the one
// who relayed the words: "wrote in a letter read by her niece, Carys
// Vane, that …", "said in a message read by the station's operations
// manager, Neil Roe, that …". The golds tag what follows "that" as the
// writer's statement; the adjunct before it, with a participle, "by", the
// reader and the reader's name between commas, is longer than the nine
// tokens an adjunct was given to reach its "that".

// agentReach is how many tokens more an adjunct may run when token k is a
// participle of reading or issuing followed by "by" ("read by", "delivered
// by"): up to the "that" after the agent's phrase and an apposition naming
// it; 0 when no "that" follows within fourteen tokens, or a relative
// pronoun or a cue comes first ("read by the secretary, who later admitted
// that …": that "that" is the agent's own report).
func (f *finder) agentReach(k int) int {
	if !f.word(k) || f.quoted(k) || f.low(k+1) != "by" || !readParticiples[f.low(k)] && !documentParticiples[f.low(k)] {
		return 0
	}
	for t := k + 2; t < len(f.toks) && t < k+16; t++ {
		if f.quoted(t) || f.is(t, ".") && !f.abbrevDot(t) || f.is(t, ";") {
			return 0
		}
		if w := f.low(t); w == "who" || w == "which" || w == "whose" || clauseVerbs[w] {
			return 0
		}
		if _, ok, _ := f.cueAt(t, k); ok {
			return 0
		}
		if f.low(t) == "that" {
			return t - k
		}
	}
	return 0
}
