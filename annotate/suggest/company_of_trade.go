package suggest

import "strings"

// companyOfTrade returns, for a description of a company by its trade at
// mention i ("the forestry company", "the haulage firm"), the nearest
// earlier named body in its zone whose own name carries every word of
// that trade ("Marrow Forestry", named even inside a statement), when
// best, the mention the description would take otherwise, does not;
// -1 if none or if best already does.
func (r *resolver) companyOfTrade(i int, ws []string, head string, best int) int {
	f := r.f
	m := r.mentions[i]
	if !m.org || m.doc || !companyWords[head] {
		return -1
	}
	mods := r.modifierWords(ws)
	if len(mods) == 0 || best >= 0 && nameHoldsAll(r.mentions[best].canonical, mods) {
		return -1
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.pronoun || !c.named || c.doc || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		// a name of unknown kind ("Tolland Haulage" inside a statement)
		// counts when it ends in the trade's word
		if nameHoldsAll(c.canonical, mods) && (c.org || !r.personKnown(c) && tradeEnds(c.canonical, mods)) {
			if !c.org {
				r.markBody(c) // the description tells what it is
			}
			return j
		}
	}
	return -1
}

// nameHoldsAll reports whether every word of mods is a word of name, in
// its head forms ("Forestry" holds "forestry").
func nameHoldsAll(name string, mods []string) bool {
	ws := strings.Fields(name)
	for _, w := range mods {
		found := false
		for _, n := range ws {
			if hasWord(headForms(bare(n)), w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// tradeEnds reports whether name's last word is one of mods.
func tradeEnds(name string, mods []string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, h := range headForms(bare(ws[len(ws)-1])) {
		if hasWord(mods, h) {
			return true
		}
	}
	return false
}
