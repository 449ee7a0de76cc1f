package suggest

// rolePlacePairTheName makes a role linked to two places, the second with
// "the" ("The MP for Skye and the Isles, Ann Lee, said …"), the person
// named after it between commas, as apposedPlaceName does for places
// without "the" ("The MP for Ashby and Kelso, Ann Lee,"): the role only
// describes the name, so a "he" or "she" after it is the name. The role
// must close with a capitalised place after "for" or "in", then "and the",
// one to three capitalised words and a comma before the name.
func (r *resolver) rolePlacePairTheName(i int) {
	m := &r.mentions[i]
	if m.pronoun || m.named || m.plural || !m.person || m.att >= 0 || m.canonical == "" {
		return
	}
	f := r.f
	q := m.r.b - 1
	for q-1 > m.r.a && f.word(q-1) && isCap(f.toks[q-1].text) {
		q--
	}
	if q <= m.r.a || !f.word(q) || !isCap(f.toks[q].text) || f.low(q-1) != "for" && f.low(q-1) != "in" {
		return
	}
	if f.low(m.r.b) != "and" || f.low(m.r.b+1) != "the" {
		return
	}
	comma := m.r.b + 2
	for comma < len(f.toks) && comma-(m.r.b+2) < 3 && f.word(comma) && isCap(f.toks[comma].text) {
		comma++
	}
	if comma == m.r.b+2 || !f.is(comma, ",") {
		return
	}
	name, ok := f.apposedPersonAfter(comma)
	if !ok {
		return
	}
	for k := i + 1; k < len(r.mentions) && r.mentions[k].r.a <= name.a; k++ {
		if c := r.mentions[k]; c.r.a == name.a && c.person && c.named && c.canonical != "" {
			m.canonical, m.antecedent, m.named = c.canonical, k, true
			return
		}
	}
}
