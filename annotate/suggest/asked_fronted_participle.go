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
	if !f.word(s.t0) || f.quoted(s.t0) || !askedOpeners[f.low(s.t0)] {
		return rng{}
	}
	for k := s.t0 + 2; k < c-1; k++ {
		if !f.is(k, ",") || f.quoted(k) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		if !isDeterminer(f.low(k+1)) && !f.nameWord(k+1) && !pronouns[f.low(k+1)] {
			continue
		}
		sa, sb, ok := f.phraseAt(k+1, c)
		if !ok || sa != k+1 {
			return rng{}
		}
		if v := f.verbAfter(sa, c); v > sa && v < sb {
			sb = v
		}
		return rng{sa, sb}
	}
	return rng{}
}

// askedOpeners open a fronted clause of being questioned.
var askedOpeners = words(`asked pressed questioned challenged`)
