package suggest

import "strings"

// roleSubjectBefore resolves a speaking "he", "she" or "they" (mention i)
// whose sentence follows, in the same paragraph, a sentence that is no
// statement and opens with a role description as its subject: "The chief
// nurse presented the report. She said …" → the person the text gave that
// role ("Siobhan Carrow (Chief Nurse)"); "Tom's family have paid tribute
// to him. In a statement, they said:" → "family". It returns the mention
// the pronoun stands for, or -1 with canon set to a description (for a
// plural), or -1 and "" when the sentence before opens otherwise.
func (r *resolver) roleSubjectBefore(i int) (j int, canon string) {
	f := r.f
	m := r.mentions[i]
	want := f.low(m.r.a)
	if m.att < 0 || want != "he" && want != "she" && want != "they" {
		return -1, ""
	}
	si := f.sentenceOf(m.r.a)
	if si <= 0 || f.quoted(m.r.a) {
		return -1, ""
	}
	prev := f.sents[si-1]
	if prev.para != f.toks[m.r.a].para {
		return -1, ""
	}
	// the sentence before is narration: nothing quoted, no one's statement
	for k := prev.t0; k < prev.t1; k++ {
		if f.quoted(k) || r.inStatement(k) {
			return -1, ""
		}
	}
	for _, a := range f.atts {
		if !a.dropped && !a.speaker.empty() && a.speaker.a < prev.t1 && a.speaker.b > prev.t0 {
			return -1, ""
		}
	}
	a := prev.t0
	if !f.word(a) {
		return -1, ""
	}
	owned := false
	switch {
	case f.low(a) == "the":
	case isCap(f.toks[a].text) && possessiveWord(f.toks[a].text) && !pronouns[f.low(a)]:
		owned = true // "Tom's family"
	case isCap(f.toks[a].text) && !pronouns[f.low(a)] && (f.is(a+1, "'s") || f.is(a+1, "’s")):
		owned = true
		a++
	default:
		return -1, ""
	}
	k := a + 1
	for k < prev.t1 && k < a+3 && f.word(k) && !isCap(f.toks[k].text) && modifier(f.toks[k]) && !roleNouns[f.low(k)] && !collectiveNouns[f.low(k)] {
		k++
	}
	if k >= prev.t1 || !f.word(k) || isCap(f.toks[k].text) {
		return -1, ""
	}
	w := f.low(k)
	// the description is the subject: a verb follows it, not "of", a
	// possessive or an apposition
	if n := k + 1; n >= prev.t1 || !f.word(n) || isCap(f.toks[n].text) || notVerbAfterSubject[f.low(n)] || possessiveWord(f.toks[k].text) {
		return -1, ""
	}
	if want == "they" {
		plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (roleNouns[w] || agentNoun(w) || kinRoleNouns[w])
		if !(plural || collectiveNouns[w] && w != "staff") || orgRoles[w] || documentNouns[w] {
			return -1, ""
		}
		if owned {
			return -1, w
		}
		return -1, strings.Join(f.phraseWords(rng{a + 1, k + 1}), " ")
	}
	if owned || strings.HasSuffix(w, "s") || !(roleNouns[w] || agentNoun(w)) || orgRoles[w] {
		return -1, ""
	}
	ws := f.phraseWords(rng{a + 1, k + 1})
	g := byte('m')
	if want == "she" {
		g = 'f'
	}
	return r.namedRoleHolder(i, ws, w, g), ""
}

// namedRoleHolder returns the one named person, before mention i and in its
// zone, whom the text gave the role w (its description's words ws) and
// whose gender is not other than g; -1 when none, or when two people hold
// it.
func (r *resolver) namedRoleHolder(i int, ws []string, w string, g byte) int {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	found := -1
	for c := i - 1; c >= 0; c-- {
		cm := r.mentions[c]
		if f.paraZone[f.toks[cm.r.a].para] != zone || cm.pronoun || !cm.named || cm.org || cm.plural || cm.doc {
			continue
		}
		if !(hasWord(r.heads[cm.canonical], w) || hasWord(cm.heads, w)) || !r.sameRank(ws, cm) {
			continue
		}
		cg := cm.gender
		if cg == 0 {
			cg = r.genders[cm.canonical]
		}
		if cg != 0 && cg != g {
			continue
		}
		if found >= 0 && r.mentions[found].canonical != cm.canonical {
			return -1 // two people of that role: leave it
		}
		if found < 0 {
			found = c
		}
	}
	return found
}

// notVerbAfterSubject are words after a noun that show it is no subject
// of its own ("the nurse of the ward", "the nurse and the doctor").
var notVerbAfterSubject = words(`of and or who that which whose 's ’s in at for from with to on by`)
