package suggest

// representedSpeakers gives a speaker span that is a body after
// "representing" ("Simon Hale, representing Tarn Haulage, which ran the
// lorry, told the inquest …") to the person named before it between
// commas: who speaks for a body is the person, not the body. The name is
// two to four capitalised words that read as a person's name, opening
// its clause.
func (f *finder) representedSpeakers() {
	for i := range f.atts {
		a := &f.atts[i]
		sp := a.speaker
		if sp.empty() || sp.a < 4 || f.low(sp.a-1) != "representing" || !f.is(sp.a-2, ",") {
			continue
		}
		e := sp.a - 2
		s := e
		for s-1 >= 0 && e-s < 4 && f.word(s-1) && !f.quoted(s-1) && isCap(f.toks[s-1].text) && f.toks[s-1].para == f.toks[e].para {
			s--
		}
		if e-s < 2 || f.word(s-1) && f.toks[s-1].para == f.toks[e].para {
			continue
		}
		if len(f.personName(f.phraseWords(rng{s, e}))) < 2 {
			continue
		}
		a.speaker = rng{s, e}
	}
}
