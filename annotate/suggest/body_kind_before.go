package suggest

// sideWords name a sports team as the words before its name do ("Spanish
// second-tier side CD Almarra", "Dutch outfit …").
var sideWords = words(`side outfit club team`)

// bodyKindBefore makes a name a body when the words right before it end in
// a team's noun ("from Portuguese second-tier side CD Barreira"): what the
// text calls it says it is no person, and a later "The Portuguese club"
// can take it. A name known to be a person (a given name, a pronoun)
// stays one.
func (r *resolver) bodyKindBefore(i int) {
	f := r.f
	m := r.mentions[i]
	if !m.named || m.pronoun || m.org || m.att >= 0 && f.atts[m.att].pattern == "T" {
		return
	}
	k := m.r.a - 1
	if k < 0 || !f.word(k) || f.quoted(k) || isCap(f.toks[k].text) || !sideWords[f.low(k)] || f.toks[k].para != f.toks[m.r.a].para {
		return
	}
	r.markBody(m) // it keeps a name with a given name a person
}
