package suggest

// This file holds the round-32 rule for a reporting participle in a
// sentence that opens with a fronted "Asked …," clause ("Asked how many
// units had been built, the chief executive declined to give a figure,
// saying only that …"). The participle is the main clause's subject's;
// the fronted clause opens with no subordinator, so mainSubject finds no
// main clause, and the sentence's first phrase ("Asked") is no speaker.

// askedFrontedSubject returns the subject of the main clause after a
// fronted clause opened by a past participle of questioning ("Asked …,",
// "Pressed …,") and before the participle cue at c, up to its verb, or an
// empty range.
func (f *finder) askedFrontedSubject(si, c int) rng {
	s := f.sents[si]
	if !f.word(s.t0) || f.quoted(s.t0) {
		return rng{}
	}
	k := f.frontedComma(si, askedOpeners, c)
	if k < 0 {
		return rng{}
	}
	return f.subjectPhraseAt(k+1, c)
}

// askedOpeners open a fronted clause of being questioned.
var askedOpeners = words(`asked pressed questioned challenged`)
