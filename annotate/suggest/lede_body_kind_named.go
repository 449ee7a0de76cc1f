package suggest

// This file ties a lede's unnamed body, described by a kind of body the
// description's head alone does not tell ("a state-funded think tank
// said"), to the one body of that kind the next paragraphs name ("the
// Halden Institute for Energy Policy said"): wires open on what the body
// is and name it a paragraph or two on, and a think tank's name says
// "Institute", "Centre" or "Foundation", never "tank".

// compoundBodyKinds are the kinds a two-word body noun names, by its
// last two words; bodyKindTable holds one-word heads only.
var compoundBodyKinds = map[[2]string][]string{
	{"think", "tank"}: {"institute", "charity"},
}

// ledeCompoundBodyNamed resolves the lede's body description "a …" at
// mention i to the one named body of the kind its last two words name,
// within the next four paragraphs of its zone; false, and nothing done,
// when the description is no such compound, or no body, or two, fit.
func (r *resolver) ledeCompoundBodyNamed(i int) bool {
	f := r.f
	m := &r.mentions[i]
	ws := f.phraseWords(rng{m.r.a, f.coreEnd(m.r.a, m.r.b)})
	if len(ws) < 3 || m.pronoun || m.named || f.quoted(m.r.a) || r.inStatement(m.r.a) {
		return false
	}
	if w := f.low(m.r.a); w != "a" && w != "an" {
		return false
	}
	kinds := compoundBodyKinds[[2]string{bare(ws[len(ws)-2]), headForms(ws[len(ws)-1])[0]}]
	para := f.toks[m.r.a].para
	zone := f.paraZone[para]
	if len(kinds) == 0 || para > f.firstPara(zone)+1 {
		return false
	}
	found := -1
	for j := i + 1; j < len(r.mentions); j++ {
		c := r.mentions[j]
		if f.toks[c.r.a].para > para+4 || f.paraZone[f.toks[c.r.a].para] != zone {
			break
		}
		if !c.named || c.pronoun || c.person || !c.org || c.plural || !sharesKind(kinds, f.nameKinds(c.canonical)) {
			continue
		}
		if found >= 0 && r.mentions[found].canonical != c.canonical {
			return false // two such bodies: the lede says neither
		}
		if found < 0 {
			found = j
		}
	}
	if found < 0 {
		return false
	}
	m.antecedent, m.canonical, m.org, m.person = found, r.mentions[found].canonical, true, false
	return true
}
