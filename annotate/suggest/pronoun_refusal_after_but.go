package suggest

// This file ends a content before "but", a subject pronoun and a verb of
// refusing with a refused act: "said the purchase would be his own money,
// but he declined to give details of the financing". The refusal is the
// writer's account of what the speaker would not say, not part of what was
// said. trimRefusalAfterBut reads the subjectless form ("but declined to
// comment"); this reads it with its pronoun. A refusal of any other act
// ("but he refused to sign the deal") can be the content's own news and
// stays.

// trimPronounRefusalAfterBut cuts a content before "but" (and a comma
// before it) when "but" is followed at once by a third-person subject
// pronoun, a refusal verb (refusals), "to" and a refusedAct ("give" only
// with "details"), outside any quotation, once the content before it is a
// clause.
func (f *finder) trimPronounRefusalAfterBut(r rng) int {
	for k := r.a + 3; k+4 < r.b; k++ {
		if f.low(k) != "but" || f.quoted(k) || f.quoted(k+1) || f.quoted(k+4) {
			continue
		}
		switch f.low(k + 1) {
		case "he", "she", "they":
		default:
			continue
		}
		act := f.low(k + 4)
		if !refusals[f.low(k+2)] || f.low(k+3) != "to" || !refusedActs[act] ||
			act == "give" && (k+5 >= r.b || f.low(k+5) != "details") {
			continue
		}
		if !f.clauseLike(rng{r.a, k}) {
			continue
		}
		if f.is(k-1, ",") {
			return k - 1
		}
		return k
	}
	return r.b
}
