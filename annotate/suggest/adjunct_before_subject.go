package suggest

// This file keeps an adjunct of time or place between a telling cue's
// hearer and its clause out of the statement when no "that" marks where
// the clause begins: "told fans at the gala she would be …", "told us in
// 2019 the wall would hold" report "she would be …" and "the wall would
// hold"; the adjunct says when or where it was said. After "said" the adjunct stays in ("said at
// Harbour Park the side would …", see match_times_test.go).

// adjunctBeforeSubjectPreps open such an adjunct.
var adjunctBeforeSubjectPreps = words(`at in on during after before since`)

// adjunctNotPlace follow those prepositions in set phrases that belong to
// the clause ("at least", "in fact", "on average").
var adjunctNotPlace = words(`least last first most fact short particular general part total average balance time`)

// adjunctBeforeSubject returns where the clause starts when token j opens a
// short adjunct (a preposition and at most four words, no verb) followed by
// a subject (a personal pronoun, or a determiner after the adjunct's noun)
// and a verb within four words; otherwise it returns j.
func (f *finder) adjunctBeforeSubject(j, end int) int {
	if !adjunctBeforeSubjectPreps[f.low(j)] || f.quoted(j) || adjunctNotPlace[f.low(j+1)] {
		return j
	}
	for k := j + 2; k < end && k <= j+5; k++ {
		if !f.word(k) && !isNumber(f.toks[k].text) || f.quoted(k) || clauseVerbs[f.low(k)] {
			return j
		}
		pronoun := subjectPronouns[f.low(k)] && f.low(k) != "it" && f.low(k) != "you"
		det := isDeterminer(f.low(k)) && !isDeterminer(f.low(k-1)) && f.low(k-1) != "of"
		if !pronoun && !det {
			continue
		}
		for v := k + 1; v < end && v <= k+4; v++ {
			if f.quoted(v) || !f.word(v) {
				return j
			}
			if clauseVerbs[f.low(v)] {
				return k
			}
		}
		return j
	}
	return j
}
