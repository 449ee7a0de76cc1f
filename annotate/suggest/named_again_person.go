package suggest

// namedAgainPersons makes a speaker named by a single word a person when
// an earlier speaker of the same name was one ("Amara, 15, said …" then
// "Amara said …. “…,” she said"): the second mention carries no age or
// role of its own, but it is the same person, whom a "she" or "he" after
// it may take. A name only ever used as a place or body stays as it is.
func (r *resolver) namedAgainPersons() {
	people := map[string]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || !m.named || m.org || m.plural || m.thing || m.doc || m.canonical == "" {
			continue
		}
		if m.person {
			if m.att >= 0 {
				people[m.canonical] = true
			}
			continue
		}
		if m.att >= 0 && people[m.canonical] {
			m.person = true
		}
	}
}
