package suggest

import "strings"

// This file drops a reported "content" with no subject of its own: a
// clause that opens with a bare modal straight after an uninflected cue
// whose "speaker" ends in a singular noun ("the final audit report would
// go to the board"). The "cue" does not agree with that noun, so it is the
// head of a compound ("audit report") and no speech. A relative clause's
// gap after an agreeing verb ("a cost the council says could rise", "which
// they report would …") and "said that would be …" stay.

// subjectlessModals open a clause only after a subject.
var subjectlessModals = words(`would could should will can may might must shall`)

// pluralPronouns agree with an uninflected verb.
var pluralPronouns = words(`i you we they`)

// dropSubjectlessContents drops the indirect attributions from first whose
// content opens, right after a one-word uninflected cue that follows a
// lowercase singular noun, with a lowercase modal.
func (f *finder) dropSubjectlessContents(first int) {
	for i := first; i < len(f.atts); i++ {
		a := &f.atts[i]
		if a.dropped || a.direct || a.content.empty() || a.cue.b-a.cue.a != 1 || a.content.a != a.cue.b || a.speaker.b != a.cue.a {
			continue
		}
		c, n, k := a.cue.a, a.cue.a-1, a.content.a
		cue, noun := f.toks[c].text, f.toks[n].text
		if strings.HasSuffix(cue, "s") || strings.HasSuffix(cue, "d") || !f.word(n) || noun != f.low(n) ||
			strings.HasSuffix(noun, "s") || pluralPronouns[noun] {
			continue
		}
		if f.word(k) && !f.quoted(k) && subjectlessModals[f.toks[k].text] {
			a.dropped = true
		}
	}
}
