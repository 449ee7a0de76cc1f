package suggest

// namedAgreement reads a named person's concession, "Mr Dane agreed that
// he had not checked the valve", as a statement with "agreed" as its cue.
// "Agreed" is no cue in the lexicon: "the board agreed that no bonus would
// be paid" records a decision, "agreed to pay" and "agreed a deal" report
// no clause, and "… and agreed that" may go on with a content's own
// subject (see agreedClause). So only a phrase that names someone, opening
// the sentence or a clause after a comma, right before "agreed that", and
// outside every other statement's content, speaks.
func (f *finder) namedAgreement(si, first int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	for c := s.t0 + 1; c+2 < end; c++ {
		if f.low(c) != "agreed" || f.quoted(c) || f.low(c+1) != "that" {
			continue
		}
		inside := false
		for k := first; k < len(f.atts); k++ {
			if !f.atts[k].dropped && (f.atts[k].content.contains(c) || f.atts[k].cue.contains(c)) {
				inside = true
			}
		}
		sa, sb, ok := f.speakerBefore(c, s.t0)
		if inside || !ok || sb != c || !f.hasName(rng{sa, sb}) || sa > s.t0 && !f.is(sa-1, ",") {
			continue
		}
		cw := cueWord{lemma: "agree", class: cueThat}
		a := attribution{sent: si, speaker: rng{sa, sb}, cue: rng{c, c + 1}, cueLemma: "agree", pattern: "I1", priority: prioIndirect}
		if !f.indirectContent(&a, c+1, end, cw) || !f.clauseLike(a.content) {
			continue
		}
		f.add(a)
	}
}
