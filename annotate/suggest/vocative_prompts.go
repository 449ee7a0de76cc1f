package suggest

import "strings"

// This file drops a transcript turn that only introduces another
// participant to the listener: "HOST: Owen, you’ve fished here since you
// were a boy." The turn opens by calling another speaker of the transcript
// by name, then tells them about themself with "you"; it hands the floor to
// the guest and asserts nothing of the host's own. A turn that calls a
// name and then says something in the host's voice ("Owen, the figures are
// worse than last year."), a turn opening with a word that is no speaker
// of the transcript ("Well, you can’t see phosphate."), and a turn that goes
// on for more than one sentence stay.

// youForms are the subject forms of "you" that open the line after the
// vocative.
var youForms = words(`you you’ve you've you’re you're you’d you'd you’ll you'll`)

// dropVocativePrompts drops the one-sentence transcript turns that open
// with another speaker's first name or full label, a comma and "you".
func (f *finder) dropVocativePrompts() {
	names := map[string]string{} // lower-case first word or label → label
	for i := range f.atts {
		if a := &f.atts[i]; a.pattern == "T" && !a.content.empty() {
			l := strings.ToLower(f.turnLabelText(a))
			if l == "" {
				continue
			}
			names[l] = l
			names[strings.Fields(l)[0]] = l
		}
	}
	for i := range f.atts {
		a := &f.atts[i]
		if a.pattern != "T" || a.dropped || a.content.empty() {
			continue
		}
		c := a.content.a
		if f.toks[c].kind == tQuote {
			c++
		}
		if c+2 >= a.content.b || !f.word(c) || !isCap(f.toks[c].text) || !f.is(c+1, ",") || !youForms[f.low(c+2)] {
			continue
		}
		label, ok := names[f.low(c)]
		if !ok || label == strings.ToLower(f.turnLabelText(a)) || f.sentOfTok(c) != f.sentOfTok(a.content.b-1) {
			continue
		}
		a.dropped = true
	}
}
