package suggest

// This file drops a wire's relay frame: "Minister X told the cabinet that
// …, the official News Agency reported" and "«…» Dr. X said, the agency
// reported". The agency is the channel the words came through, not their
// speaker (the guidelines' MEDIUM); the statement is the one its content
// already holds, with that attribution's own speaker and cue, and the
// outer span over the whole sentence is not a statement. A report with no
// attribution of its own inside ("The plan will cost more, the agency
// reported"), or whose inner attribution fills only part of it ("Farmers
// were angry after the minister said …, the agency reported"), stays the
// agency's.

// dropAgencyRelays drops a postposed "…, S reported" whose content is
// wholly one other attribution: its speaker, cue and content from the
// content's first token to its last word.
func (f *finder) dropAgencyRelays() {
	for i := range f.atts {
		a := f.atts[i]
		if a.dropped || a.direct || a.cueLemma != "report" || a.content.empty() || a.speaker.empty() || a.speaker.a < a.content.b {
			continue
		}
		for k := range f.atts {
			if k != i && !f.atts[k].dropped && !f.atts[k].speaker.empty() && f.fillsContent(a.content, f.atts[k]) {
				f.dropTurn(i)
				break
			}
		}
	}
}

// fillsContent reports whether attribution b, with its speaker and cue,
// runs from r's first token to r's last word or closing quotation mark.
func (f *finder) fillsContent(r rng, b attribution) bool {
	start, end := b.content.a, b.content.b
	for _, x := range []rng{b.speaker, b.cue} {
		if x.empty() {
			return false
		}
		start, end = min(start, x.a), max(end, x.b)
	}
	last := r.b
	for last > r.a && !f.word(last-1) && f.toks[last-1].kind != tQuote {
		last--
	}
	return start == r.a && end >= last && end <= r.b && b.content.b-b.content.a < r.b-r.a
}
