package suggest

// "said property taxes would stay flat for a second year, in a State of
// the City address that drew repeated standing ovations": an aside after
// the reported clause naming the speech, interview or briefing in which
// the words were said is the reporter's, not the speaker's, and the
// content ends at its comma.

// occasionNouns name the occasion or piece in which something was said.
var occasionNouns = words(`speech address interview briefing sermon lecture broadcast podcast
	statement conference hearing debate`)

// trimOccasionAside cuts a content at a comma followed by "in" and a
// determiner or possessive ("in a", "in her") whose phrase names an
// occasion noun within its first six words, when the content before the
// comma is a clause and no quotation sits in the aside.
func (f *finder) trimOccasionAside(r rng) int {
	for k := r.a + 3; k+3 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "in" || !isDeterminer(f.low(k+2)) && !possessivePronouns[f.low(k+2)] {
			continue
		}
		for n := k + 3; n < r.b && n <= k+8; n++ {
			if !f.word(n) || f.quoted(n) {
				break
			}
			if occasionNouns[f.low(n)] && f.clauseLike(rng{r.a, k}) {
				return k
			}
		}
	}
	return r.b
}
