package suggest

import "strings"

// This file ends a content before the speaker's refusal put with a modal
// and a negation and no subject of its own: "said she wanted to make it
// permanent “if the numbers add up”, but would not commit to a fare" —
// "would not commit" is what the speaker declined to do, told by the
// writer, no part of what was said. trimRefusalAfterBut reads the one-word
// refusals ("but declined to …"); this reads their modal form.

// refusalModals open a subjectless modal refusal after "but".
var refusalModals = words(`would could did will can`)

// refusedActs are what a speaker declines to do in such a refusal ("would
// not commit", "could not say"); "but could not do so" is the speaker's
// own claim and stays, as does "could not promise any money", which
// reports what the speaker said they could not do.
var refusedActs = words(`commit say confirm comment give discuss elaborate disclose reveal name specify speculate`)

// trimModalRefusalAfterBut cuts a content before "but" (and a comma before
// it) when "but" is followed at once by a refusalModal and "not", or by
// the modal's contracted negation ("wouldn't"), and a refusedAct, outside any quotation,
// once the content before it is a clause (clauseLike, or it opens with a
// subject pronoun: "she wanted …").
func (f *finder) trimModalRefusalAfterBut(r rng) int {
	for k := r.a + 3; k+2 < r.b; k++ {
		if f.low(k) != "but" || f.quoted(k) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		m := f.low(k + 1)
		neg := f.low(k + 2)
		if base, ok := strings.CutSuffix(m, "n't"); ok {
			m, neg = base, "not"
		} else if base, ok := strings.CutSuffix(m, "n’t"); ok {
			m, neg = base, "not"
		}
		if m == "wo" {
			m = "will"
		} else if m == "ca" {
			m = "can"
		}
		act := k + 3
		if neg != f.low(k+2) {
			act = k + 2
		}
		if !refusedActs[f.low(act)] || !refusalModals[m] || neg != "not" && neg != "n't" && neg != "n’t" || !f.clauseLike(rng{r.a, k}) && !subjectPronouns[f.low(r.a)] {
			continue
		}
		if f.is(k-1, ",") {
			return k - 1
		}
		return k
	}
	return r.b
}
