package suggest

// placeApposedSpeakers gives a speaker span that is a place after "in"
// ("The party's candidate in Harlow Vale West, Nadia Quill, has posted")
// to the person named between commas straight after it: a place is not
// who speaks when a person is named with it. The name is two to four
// capitalised words that read as a person's name; a lower-case verb (not
// "and", "or", "who", "which") follows the closing comma.
func (f *finder) placeApposedSpeakers() {
	for i := range f.atts {
		a := &f.atts[i]
		if a.speaker.empty() || a.speaker.a < 1 || f.low(a.speaker.a-1) != "in" || !f.is(a.speaker.b, ",") {
			continue
		}
		s := a.speaker.b + 1
		e := s
		for e < len(f.toks) && e-s < 4 && f.word(e) && !f.quoted(e) && isCap(f.toks[e].text) && f.toks[e].para == f.toks[s].para {
			e++
		}
		if e-s < 2 || !f.is(e, ",") || !f.word(e+1) || isCap(f.toks[e+1].text) {
			continue
		}
		switch f.low(e + 1) {
		case "and", "or", "who", "which", "whose", "but", "a", "an", "the":
			continue
		}
		if len(f.personName(f.phraseWords(rng{s, e}))) < 2 {
			continue
		}
		a.speaker = rng{s, e}
	}
}
