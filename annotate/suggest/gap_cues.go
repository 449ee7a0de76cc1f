package suggest

// dropGapCues drops a reported clause whose cue sits in a relative clause
// that has lost its object to a head noun of speech: "the first thing she
// said after the loss was nothing", "everything he said was true",
// "nothing they said changed it". What was said is the head noun, not the
// words after the cue, which go on with the sentence. What comes after
// the copula ("the first thing she said was, “…”") is left to the rules
// that read it.
func (f *finder) dropGapCues() {
	for i := range f.atts {
		a := &f.atts[i]
		if a.dropped || a.direct || a.speaker.empty() || a.cue.empty() || a.speaker.b != a.cue.a || a.content.a != a.cue.b {
			continue
		}
		if c := f.low(a.cue.b); c == "was" || c == "is" || c == "were" {
			continue // "the first thing she said was, “…”": what follows the copula
		}
		h := a.speaker.a - 1
		if h < 0 || !f.word(h) || f.quoted(h) || !gapHeads[f.low(h)] || f.sentOfTok(h) != a.sent {
			continue
		}
		a.dropped = true
	}
}

// gapHeads are the nouns of speech a relative clause without "that" hangs
// on ("the thing she said", "every word he wrote").
var gapHeads = words(`thing things everything anything nothing something word words`)
