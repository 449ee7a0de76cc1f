package suggest

// placeDescribedCoordinatedSubject finds who speaks in "… and said" when
// the clause opens with a person described by where they come from and
// then named between commas: "A man from the council, Ivo Lind, came round
// and told me, ‘…’", "A nurse at Fenwick, Dana Roe, leaned over and said,
// “…”". apposedCoordinatedSubject reads only lower-case descriptions, so a
// place or body after "from" or "at" kept these names from the cue. The
// description must be a determiner ("a", "an" or one of
// descriptionDeterminers), one to three lower-case words that are no verb,
// "from" or "at", and one to three capitalised words (after an optional
// "the") up to the comma; the name must read as a person's and be followed
// by a lower-case verb (apposedPersonAfter), or be a title and a surname
// ("Mr Lind", "Dr Roe": titledPersonAfter).
func (f *finder) placeDescribedCoordinatedSubject(t0, and int) (int, int, bool) {
	if w := f.low(t0); !f.word(t0) || f.quoted(t0) || w != "a" && w != "an" && !descriptionDeterminers[w] {
		return 0, 0, false
	}
	k := t0 + 1
	for k < and && k < t0+4 && f.word(k) && !f.quoted(k) && !isCap(f.toks[k].text) && !functionWords[f.low(k)] && !clauseVerbs[f.low(k)] {
		k++
	}
	if k == t0+1 || f.low(k) != "from" && f.low(k) != "at" {
		return 0, 0, false
	}
	k++
	if f.low(k) == "the" {
		k++
	}
	p := k
	for k < and && k < p+3 && f.word(k) && !f.quoted(k) && isCap(f.toks[k].text) {
		k++
	}
	if k == p || !f.is(k, ",") {
		return 0, 0, false
	}
	name, ok := f.apposedPersonAfter(k)
	if !ok {
		name, ok = f.titledPersonAfter(k)
	}
	if !ok || name.b+1 >= and {
		return 0, 0, false
	}
	return name.a, name.b, true
}

// titledPersonAfter is a person named by a title and one surname between
// commas after the comma at comma ("…, Mr Lind, came round"): the title a
// titleWords entry ending in no "s" plural, the surname capitalised and no
// title or role, and a lower-case verb after the closing comma.
func (f *finder) titledPersonAfter(comma int) (rng, bool) {
	s := comma + 1
	if !f.word(s) || f.quoted(s) || !isCap(f.toks[s].text) || !titleWords[bare(f.toks[s].text)] {
		return rng{}, false
	}
	e := s + 1
	if f.abbrevDot(e) {
		e++ // "Dr. Roe"
	}
	if !f.word(e) || f.quoted(e) || !nameLike(f.toks[e].text) || f.toks[e].para != f.toks[s].para || !f.verbAfterApposition(e+1) {
		return rng{}, false
	}
	return rng{s, e + 1}, true
}
