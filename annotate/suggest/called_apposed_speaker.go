package suggest

// calledApposedSpeakers gives a speaker described by a role, with an
// apposition after it that names the person with "called" or "named", to
// that name: "Our waiter, a soft-spoken Galician called Brais, said …" is
// Brais speaking, as "Our manager, Petra Lind, said" is Petra Lind
// (apposedNameSpeakers). A first name alone is enough here: "called" says
// it is a name. The description opens with a determiner and holds no
// capitalised word; the apposition opens with "a" or "an", holds one to
// four describing words (no function word, so "a fan of a band called
// Oasis" names the band, not the speaker), then "called" or "named", one
// to three name words and a comma, then a lower-case verb (not "and",
// "or", "who", "which", an article).
func (f *finder) calledApposedSpeakers() {
	f.nameApposedRoles(func(w string) bool { return determiners[w] }, f.calledNameAfter)
}

// calledNameAfter is the name in an apposition "a … called NAME," opening
// after the comma at comma, as calledApposedSpeakers describes it.
func (f *finder) calledNameAfter(comma int) (rng, bool) {
	k := comma + 1
	if w := f.low(k); w != "a" && w != "an" || f.quoted(k) {
		return rng{}, false
	}
	para := f.toks[comma].para
	k++
	n := 0
	for ; k < len(f.toks) && f.word(k) && !f.quoted(k) && f.toks[k].para == para && f.low(k) != "called" && f.low(k) != "named"; k++ {
		if functionWords[f.low(k)] || determiners[f.low(k)] || phraseLinks[f.low(k)] {
			return rng{}, false
		}
		n++
	}
	if n < 1 || n > 4 || !f.word(k) || f.low(k) != "called" && f.low(k) != "named" {
		return rng{}, false
	}
	s := k + 1
	e := s
	for e < len(f.toks) && e-s < 3 && f.nameWord(e) && f.toks[e].para == para {
		e++
	}
	if e == s || !f.verbAfterApposition(e) {
		return rng{}, false
	}
	return rng{s, e}, true
}
