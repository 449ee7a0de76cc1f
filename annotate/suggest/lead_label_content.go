package suggest

// This file keeps a paragraph's lead label out of the statement that
// follows it: "Context: the freeze costs £2bn a year, according to the
// Treasury" reports "the freeze costs £2bn a year"; the label ("Context:",
// "Background:", "Why it matters:") is the writer's heading for it.

// dropLeadLabels moves the start of the statements found from first on
// past a short label that opens the paragraph, ends in a colon and is
// followed by a lower-case word (or a capital, see leadLabelOpens), unless the label holds the statement's
// speaker ("Smith: the plan is sound", a transcript's line).
func (f *finder) dropLeadLabels(first int) {
	for k := first; k < len(f.atts); k++ {
		a := &f.atts[k]
		if a.dropped || a.sent < 0 || a.sent >= len(f.sents) {
			continue
		}
		s := f.sents[a.sent]
		if a.content.a != s.t0 {
			continue
		}
		for i := s.t0 + 2; i <= s.t0+6 && i < a.content.b; i++ {
			if !f.is(i-1, ":") {
				continue
			}
			if !f.word(i) || f.quoted(i) || !f.afterLeadLabel(s, i) || !f.leadLabelOpens(s, i) {
				break
			}
			if !a.speaker.empty() && a.speaker.a >= s.t0 && a.speaker.a < i {
				break
			}
			a.content.a = i
			break
		}
	}
}
