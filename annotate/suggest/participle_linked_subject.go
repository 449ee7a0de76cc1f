package suggest

// Wire copy gives a group of analysts, economists or lawyers by the body
// they work at and then lets a participle carry their words: "Analysts at
// Ferncroft Capital were more forgiving, saying …", "Lawyers for the
// family left the court, saying …". The subject the participle takes is
// read forward from the sentence's start and stops at its role noun
// ("Analysts"); the guidelines name the speaker with the body linked to
// it, as "Analysts at Ferncroft Capital said" is named.

// linkedParticipleSubject widens the participle's subject sp, opening the
// sentence at t0, to the phrase that ends right before the sentence's verb
// when that phrase, read back from the verb, opens at t0 too and only adds
// a link and a name after sp's role noun ("at Ferncroft Capital"). A
// subject that ends in a name, or a verb not straight after the linked
// name ("Analysts at Vale, which …, were"), leaves sp as it was.
func (f *finder) linkedParticipleSubject(sp rng, t0, c int) rng {
	if sp.a != t0 || sp.b <= sp.a || !f.word(sp.b-1) || !roleNouns[f.low(sp.b-1)] || isCap(f.toks[sp.b-1].text) && sp.b-1 != t0 {
		return sp
	}
	if k := sp.b; !f.word(k) || f.quoted(k) || !participleSubjectLinks[f.low(k)] {
		return sp
	}
	v := f.verbAfter(t0, c)
	if v <= sp.b+1 || !f.nameWord(v-1) {
		return sp
	}
	a, b, ok := f.phraseBefore(v-1, t0)
	if !ok || a != t0 || b != v {
		return sp
	}
	return rng{a, b}
}

// participleSubjectLinks tie a group's role noun to the body it works at
// or speaks for.
var participleSubjectLinks = words(`at for from with`)
