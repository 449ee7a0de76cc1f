package suggest

// namedBeforeOuterQuote returns, for "he" or "she" (mention i, gender g)
// that speaks a quotation nested inside another quotation, the person
// named last in the narration that leads into the outer quotation, in its
// own paragraph ("… had asked the depot manager, Craig Lumley, to wait.
// “He said, ‘Take it or leave it,’” she said."; "Her manager then was
// Ann Rees. “She told me, ‘Leave it,’” the officer said."); -1 if none.
//
// The quoting speaker tells of someone the narration has just named, as
// an object or after "was" as often as a subject, so the subject-first
// search of antecedent and the role an earlier sentence introduced
// (roleInQuote) both pass over that name. The name must be of a person
// of no other gender than g and never the quoting speaker; the search
// stops at the first quotation mark back, at a role introduced on the way
// (roleInQuote takes that) and at the paragraph's start.
func (r *resolver) namedBeforeOuterQuote(i int, g byte) int {
	f := r.f
	m := r.mentions[i]
	outer, ok := r.outerAttribution(i)
	if !ok {
		return -1
	}
	if !outer.direct || m.r.a <= outer.content.a || m.r.a >= outer.content.b {
		return -1
	}
	q := r.resolvedQuoter(i)
	para := f.toks[m.r.a].para
	lo := outer.content.a - 1
	for lo > 0 && f.toks[lo-1].para == para && !f.quoted(lo-1) {
		if f.personIntroduced(lo-1, g) != "" {
			break // "a graduate student had found it": roleInQuote's
		}
		lo--
	}
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.r.a < lo {
			break
		}
		if c.r.b > outer.content.a-1 || c.pronoun || !c.named || !c.person || c.org || c.plural || c.thing || c.canonical == "" || c.canonical == q {
			continue
		}
		// "Thorley’s daughter, Miriam,": the owner is not the one who spoke
		if outer.speaker == c.r || possessiveWord(f.toks[c.r.b-1].text) {
			continue
		}
		cg := c.gender
		if cg == 0 {
			cg = r.genders[c.canonical]
		}
		if cg != 0 && cg != g {
			continue
		}
		return j
	}
	return -1
}

// resolvedQuoter returns the canonical name of the speaker of the
// statement mention i speaks inside, as quoter does, resolving that
// speaker first when it is a pronoun after the quotation ("“He told me,
// ‘…’,” she said"), so that a name standing for the quoting speaker is
// never taken for the person the quotation tells of.
func (r *resolver) resolvedQuoter(i int) string {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || f.atts[m.att].nestedIn < 0 {
		return ""
	}
	o, ok := r.bySpeaker[f.atts[m.att].nestedIn]
	if !ok || o == i {
		return ""
	}
	if q := &r.mentions[o]; q.pronoun && q.antecedent < 0 && o > i && !r.resolving[o] {
		r.resolving[o] = true
		r.resolvePronoun(o)
	}
	return r.mentions[o].canonical
}
