package suggest

import "strings"

// ownerKin names a relative no name was found for by whose relative it is
// ("She said her own father had told her he “…”": Agnes Feeley’s father,
// when "She" is Agnes Feeley): mention i is "her" or "his", "own" or not,
// and a relative's word, speaking inside a statement whose speaker is a
// person of the pronoun's gender. It reports whether it named it.
func (r *resolver) ownerKin(i int) bool {
	f := r.f
	m := &r.mentions[i]
	ws := f.phraseWords(m.r)
	if m.named || m.att < 0 || len(ws) < 2 || len(ws) > 3 || len(ws) == 3 && strings.ToLower(ws[1]) != "own" {
		return false
	}
	kin := strings.ToLower(bare(ws[len(ws)-1]))
	pg := byte(0)
	switch strings.ToLower(ws[0]) {
	case "her":
		pg = 'f'
	case "his":
		pg = 'm'
	}
	if pg == 0 || kinGender(kin) == 0 {
		return false
	}
	out := f.atts[m.att].nestedIn
	if out < 0 {
		return false
	}
	o, ok := r.bySpeaker[out]
	if !ok || o >= i {
		return false
	}
	c := r.mentions[o]
	g := c.gender
	if g == 0 {
		g = r.genders[c.canonical]
	}
	if g != pg || c.canonical == "" || !isCap(c.canonical) || strings.Contains(c.canonical, "’s ") {
		return false
	}
	m.canonical, m.person = c.canonical+"’s "+kin, true
	if m.gender == 0 {
		m.gender = kinGender(kin)
	}
	return true
}
