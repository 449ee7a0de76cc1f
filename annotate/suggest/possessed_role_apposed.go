package suggest

import "strings"

// possessedRoleApposedSpeakers gives a speaker described by a place's or
// body's role with the person's name between commas after it to the name:
// "Brenfield North's MP, Callum Treadgold, said …" is Callum Treadgold
// speaking, and the pronouns after him are his. Without it the speaker is
// the role, which the resolver cannot link to the name that follows it.
// The description is capitalised words ending in a possessive, then one or
// two role words or titles ("MP", "chief executive") and nothing else;
// the name is as apposedPersonAfter reads one.
func (f *finder) possessedRoleApposedSpeakers() {
	for i := range f.atts {
		a := &f.atts[i]
		if a.speaker.empty() {
			continue
		}
		if name, found := f.possessedRoleApposed(a.speaker); found {
			a.speaker = name
		}
	}
}

// possessedRoleApposed is the person's name between commas after p when p
// is capitalised words ending in a possessive, then one or two role words
// or titles and nothing else ("Brenfield North's MP").
func (f *finder) possessedRoleApposed(p rng) (rng, bool) {
	if p.b-p.a > 6 || !f.is(p.b, ",") {
		return rng{}, false
	}
	k := p.a
	for k < p.b && f.word(k) && isCap(f.toks[k].text) && !possessiveWord(f.toks[k].text) {
		k++
	}
	if k == p.a || k >= p.b || !possessiveWord(f.toks[k].text) || !isCap(f.toks[k].text) {
		return rng{}, false
	}
	if roles := p.b - k - 1; roles < 1 || roles > 2 {
		return rng{}, false
	}
	for j := k + 1; j < p.b; j++ {
		c := classesOf(bare(f.toks[j].text))
		if !f.word(j) || c&(inRoleNouns|inTitleWords) == 0 || c&inOrgRoles != 0 {
			return rng{}, false
		}
	}
	return f.apposedPersonAfter(p.b)
}

// possessedRoleNames gives the same description outside a speaker's place
// ("Brenfield North's MP, Callum Treadgold, said …") the name after it, so
// that a pronoun resolving to the description's mention is the person.
func (r *resolver) possessedRoleNames() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.att >= 0 || strings.Contains(m.canonical, " ") {
			continue
		}
		name, ok := r.f.possessedRoleApposed(m.r)
		if !ok {
			continue
		}
		for _, n := range r.mentions {
			if n.r == name && n.person && n.named && strings.Contains(n.canonical, " ") {
				m.canonical, m.person, m.named, m.org = n.canonical, true, true, false
				if m.gender == 0 {
					m.gender = n.gender
				}
				break
			}
		}
	}
}
