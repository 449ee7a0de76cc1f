package suggest

// placePairStart gives the first token of a speaker span that is the
// second of two places joined by "and" after "in" or "for" ("The MP for
// Ashby and Kelso, Ann Lee, said": the span "Kelso" starts the pair at
// "Ashby"), or a itself when the span is the place straight after "in" or
// "for". It reports false when no such preposition opens the places.
func (f *finder) placePairStart(a int) (int, bool) {
	if a < 1 {
		return a, false
	}
	switch f.low(a - 1) {
	case "in", "for":
		return a, true
	case "and":
	default:
		return a, false
	}
	s := a - 1
	for s-1 >= 0 && s-(a-1) > -4 && f.word(s-1) && isCap(f.toks[s-1].text) && f.toks[s-1].para == f.toks[a].para {
		s--
	}
	if s == a-1 || s < 1 {
		return a, false
	}
	switch f.low(s - 1) {
	case "in", "for":
		return s, true
	}
	return a, false
}

// apposedPlaceName takes a bare name off the people when it is a place
// after "in" or "for" that a person's name follows between commas, alone
// or as one of two places joined by "and" ("The MP for Ashby and Kelso,
// Ann Lee, said"): neither place is a "he" or "she" that speaks next.
func (r *resolver) apposedPlaceName(i int) {
	m := &r.mentions[i]
	if m.pronoun || !m.person || m.att >= 0 {
		return
	}
	f := r.f
	// the place closes the mention, which may hold its role before it
	// ("MP for Ashby")
	q := m.r.b - 1
	for q-1 >= m.r.a && f.word(q-1) && isCap(f.toks[q-1].text) {
		q--
	}
	comma := m.r.b
	if f.low(comma) == "and" && (f.low(q-1) == "in" || f.low(q-1) == "for") {
		// the first of the two places: "for Ashby and Kelso, Ann Lee,"
		for comma+1 < len(f.toks) && comma-m.r.b < 4 && f.word(comma+1) && isCap(f.toks[comma+1].text) {
			comma++
		}
		comma++
		if comma == m.r.b+1 {
			return
		}
	} else if _, ok := f.placePairStart(q); !ok {
		return
	}
	if !f.is(comma, ",") {
		return
	}
	name, ok := f.apposedPersonAfter(comma)
	if !ok {
		return
	}
	if q == m.r.a {
		m.person, m.thing = false, true
		return
	}
	// a role with its place ("MP for Ashby") is the person named after it
	for k := i + 1; k < len(r.mentions) && r.mentions[k].r.a <= name.a; k++ {
		if c := r.mentions[k]; c.r.a == name.a && c.person && c.canonical != "" {
			m.canonical, m.named = c.canonical, true
			return
		}
	}
}
