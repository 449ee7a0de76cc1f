package suggest

// apposedNameSpeakers gives a speaker described by a role with a person's
// name between commas after it to the name: "Our shop manager, Petra
// Lind, put it plainly: “…”" is Petra Lind speaking. The description
// opens with a first-person possessive ("our", "my": the resolver reads
// "the" and "its" descriptions itself) and holds no capitalised word of
// its own after it; the name is two to four capitalised words; a lower-case
// verb (not "and", "or", "who", "which") follows the closing comma.
func (f *finder) apposedNameSpeakers() {
	f.nameApposedRoles(func(w string) bool { return w == "our" || w == "my" }, f.apposedPersonAfter)
}

// nameApposedRoles gives each speaker described by a short role before a
// comma to the name nameAfter finds after that comma: the role opens with a
// word opens accepts and holds no capitalised word of its own after it.
func (f *finder) nameApposedRoles(opens func(string) bool, nameAfter func(comma int) (rng, bool)) {
	for i := range f.atts {
		a := &f.atts[i]
		if a.speaker.empty() || a.speaker.b-a.speaker.a > 5 || !opens(f.low(a.speaker.a)) || !f.is(a.speaker.b, ",") {
			continue
		}
		capped := false
		for k := a.speaker.a + 1; k < a.speaker.b; k++ {
			capped = capped || !f.word(k) || isCap(f.toks[k].text)
		}
		if capped {
			continue
		}
		if name, ok := nameAfter(a.speaker.b); ok {
			a.speaker = name
		}
	}
}

// apposedPersonAfter is the person's name set between commas after the
// comma at comma: two to four capitalised words of one paragraph, outside
// quotations, that read as a person's name, with a lower-case verb (not
// "and", "or", "who", "which", an article) after the closing comma.
func (f *finder) apposedPersonAfter(comma int) (rng, bool) {
	s := comma + 1
	e := s
	for e < len(f.toks) && e-s < 4 && f.word(e) && !f.quoted(e) && isCap(f.toks[e].text) && f.toks[e].para == f.toks[s].para {
		e++
	}
	if e-s < 2 || !f.verbAfterApposition(e) {
		return rng{}, false
	}
	if len(f.personName(f.phraseWords(rng{s, e}))) < 2 {
		return rng{}, false
	}
	return rng{s, e}, true
}

// verbAfterApposition reports whether the apposition ends with a comma at
// e followed by a lower-case verb: not a conjunction, a relative pronoun or
// an article, which would carry the sentence on past the name.
func (f *finder) verbAfterApposition(e int) bool {
	if !f.is(e, ",") || !f.word(e+1) || isCap(f.toks[e+1].text) {
		return false
	}
	switch f.low(e + 1) {
	case "and", "or", "who", "which", "whose", "but", "a", "an", "the":
		return false
	}
	return true
}
