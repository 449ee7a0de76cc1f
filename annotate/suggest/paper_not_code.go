package suggest

import "strings"

// This file holds the round-41 rule for "the paper" after a code, act or
// rulebook named in a story about a newspaper: "… found that the newspaper
// had breached Clause 1 of the Editors' Code … The paper argued that …".
// A named document stands for "the paper" only when it is a paper itself
// (a study, report or survey by its name or its heads); a code of practice
// or a law never argues, so "the paper" is left to the newspaper named
// before it (resolvePaperVoices), which likewise looks back past such a
// document to the newspaper.

// paperTakesDocument reports whether mention i, a description by a paper's
// noun ("the paper", "the newspaper"), may take the named document j as
// its antecedent: any other description may; "the paper" only a document
// whose name or heads hold a study's word or a document's noun ("the Marsh
// Review", "Lights Out in the Valleys, the report"), not "the Editors' Code"
// or "the Online Safety Act".
func (r *resolver) paperTakesDocument(i, j int) bool {
	if j < 0 {
		return true
	}
	m := r.mentions[i]
	if m.r.b-m.r.a != 2 || r.f.low(m.r.a) != "the" || !paperNouns[r.f.low(m.r.a+1)] {
		return true
	}
	c := r.mentions[j]
	ws := append(strings.Fields(strings.ToLower(c.canonical)), c.heads...)
	ws = append(ws, r.heads[c.canonical]...)
	for _, w := range ws {
		w = singular(bare(w))
		if documentNouns[w] || studyWords[w] {
			return true
		}
	}
	return false
}

// carryPaperVoice gives the newspaper that "the paper" (mention i) now
// names to the pronouns that took "the paper" before it was named: "The
// paper argued that … It said it had contacted …" is the newspaper's both
// times. A pronoun that names someone else is left alone.
func (r *resolver) carryPaperVoice(i int, old string) {
	m := r.mentions[i]
	for k := i + 1; k < len(r.mentions); k++ {
		c := &r.mentions[k]
		if !c.pronoun || !strings.EqualFold(c.canonical, old) {
			continue
		}
		// "It said" → "and that …" → "The paper": follow the chain back
		// through the mentions that still hold the paper's words
		a := c.antecedent
		for a > i && (r.mentions[a].pronoun || strings.EqualFold(r.mentions[a].canonical, old)) {
			a = r.mentions[a].antecedent
		}
		if a != i {
			continue
		}
		c.canonical, c.named, c.org, c.person = m.canonical, true, true, false
	}
}
