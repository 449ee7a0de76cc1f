package suggest

// refusalSubjectBefore resolves a speaking "he" or "she" (mention i) whose
// sentence follows, in the same paragraph, a narrated sentence whose
// subject refused to speak: "Asked whether …, the city engineer declined
// to say. He said only …" → the person the story gave that role; "Okoro
// declined to comment. He said …" → Okoro. The refusal shows who was being
// questioned, so the next "he" goes on with that person and not with the
// last speaker of the paragraph before, who the refusal sentence never
// names. It returns the mention, or -1.
func (r *resolver) refusalSubjectBefore(i int, g byte) int {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || g == 0 || f.quoted(m.r.a) {
		return -1
	}
	si := f.sentenceOf(m.r.a)
	if si <= 0 {
		return -1
	}
	prev := f.sents[si-1]
	if prev.para != f.toks[m.r.a].para {
		return -1
	}
	for k := prev.t0; k < prev.t1; k++ {
		if f.quoted(k) || r.inStatement(k) {
			return -1
		}
	}
	// "… declined to say." / "… refused to comment." closes the sentence
	k := -1
	for t := prev.t0 + 1; t+2 < prev.t1; t++ {
		if refusals[f.low(t)] && f.low(t+1) == "to" && refusedSpeechVerbs[f.low(t+2)] {
			k = t
			break
		}
	}
	if k < 0 || !f.word(k-1) {
		return -1
	}
	for t := k + 3; t < prev.t1; t++ {
		if f.word(t) {
			return -1 // "declined to say how much it cost": the refusal is no close
		}
	}
	// the subject is a name just before the verb
	if isCap(f.toks[k-1].text) {
		for c := i - 1; c >= 0; c-- {
			cm := r.mentions[c]
			if cm.r.b != k || cm.r.a < prev.t0 {
				continue
			}
			if cm.pronoun || !cm.person || cm.org || cm.plural {
				return -1
			}
			if cg := r.genders[cm.canonical]; cg != 0 && cg != g || cm.gender != 0 && cm.gender != g {
				return -1
			}
			return c
		}
		return -1
	}
	// or a role description, "the city engineer", opening its clause
	w := f.low(k - 1)
	if !(roleNouns[w] || agentNoun(w)) || orgRoles[w] {
		return -1
	}
	a := k - 2
	for a > prev.t0 && a > k-5 && f.word(a) && !isCap(f.toks[a].text) && f.low(a) != "the" && modifier(f.toks[a]) {
		a--
	}
	if f.low(a) != "the" || a > prev.t0 && f.word(a-1) {
		return -1 // "the city engineer" opens the sentence or follows a comma
	}
	return r.namedRoleHolder(i, f.phraseWords(rng{a + 1, k}), w, g)
}

// refusedSpeechVerbs follow "declined to" or "refused to" when someone would
// not speak.
var refusedSpeechVerbs = words(`say comment answer elaborate speculate discuss respond reply confirm`)
