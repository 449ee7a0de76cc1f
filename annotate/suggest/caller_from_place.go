package suggest

// This file reads a caller or listener named by a given name and a town,
// the way phone-ins and readers' letters name them ("Gail from Ormsby
// said", "Dev in Fellgate, who drives a van, said", "The first caller,
// Gail from Ormsby, said"): the given name speaks, not the town.

// callerFromPlace returns the name in "NAME from|in PLACE" right before
// the cue at token c, with an optional relative clause or the closing
// comma of an apposition between the place and the cue. The name opens the
// sentence or an apposition; a lone word must be a known given name, or be
// followed by "who" or apposed to a nameless description.
func (x *text) callerFromPlace(c, lo int) (int, int, bool) {
	i := x.skipAdjunctBefore(c-1, lo)
	j := i
	apposed, who := false, false
	if x.is(i, ",") && !x.quoted(i) {
		if k := x.relativeOpen(i, lo); k >= 0 {
			j = k - 1 // "Dev in Fellgate, who drives a van, said"
			who = x.low(k+1) == "who"
		} else {
			j, apposed = i-1, true // "The first caller, Gail from Ormsby, said"
		}
	}
	p := j
	for p > lo && x.nameWord(p) && !x.quoted(p) {
		p--
	}
	if p == j || p-1 < lo || !x.word(p) || x.quoted(p) || x.low(p) != "from" && x.low(p) != "in" {
		return 0, 0, false
	}
	e := p
	n := p - 1
	for n-1 >= lo && n > p-3 && x.nameWord(n-1) && !x.quoted(n-1) {
		n-- // "Linda Marsh from Pennock", "Harbour Watch in Pennock"
	}
	// a lone word is a given name the lexicon knows, or any name that
	// "who" or a nameless description ("The first caller,") makes a person
	if !x.nameWord(n) || x.quoted(n) || n == p-1 && givenGender(x.toks[n].text) == 0 && !who && !apposed || n == p-1 && acronym(x.toks[n].text) {
		return 0, 0, false
	}
	switch {
	case n == lo:
		if apposed {
			return 0, 0, false
		}
	case x.is(n-1, ",") && !x.quoted(n-1):
		if !apposed {
			// a fronted adjunct ("Later, Brian in Tolleshaw said"), not a
			// list of names
			if x.nameWord(n - 2) {
				return 0, 0, false
			}
			break
		}
		// the apposition follows a nameless description ("The first caller,")
		if _, _, ok := x.commonNounPhrase(n-2, lo); !ok {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	return n, e, true
}
