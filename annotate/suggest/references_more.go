package suggest

import "strings"

// This file holds further reference rules: bodies named only as a
// modifier of someone's role, so that a later "the club" or "it" can
// stand for them.

// modifierBody reports whether run, a name inside the speaker phrase sp,
// is a body named as the modifier of a role ("Harbourside Athletic coach
// Ana Reyes", "the Dunmore Foods chief executive"): the name's own words
// tell a body's kind and a lower-case role word follows it inside the
// phrase. Such a body is a mention of its own, as a name before "said"
// would be, and a later description or "it" may take it.
func (r *resolver) modifierBody(sp, run rng) bool {
	f := r.f
	if run.a < sp.a || run.b >= sp.b || run.b-run.a < 2 {
		return false
	}
	k := run.b
	if !f.word(k) || isCap(f.toks[k].text) || !r.headCandidate(k) {
		return false
	}
	if lw := f.low(k); !roleNouns[lw] && !titleWords[lw] && !agentNoun(lw) {
		return false
	}
	return len(nameKinds(strings.Join(f.phraseWords(run), " "))) > 0
}
