package suggest

// whoObjectTopic reports whether mention c, a person named after a
// preposition or an object's verb, is followed by a relative clause
// about them (“a rare one for Reyne, who has built a reputation …”): the
// sentence is about that person, whom a "she" or "he" opening the
// quotation after it in the same paragraph takes, not someone named
// further back; a topic in a paragraph above ("On Okoro, who went off
// …: “…”") is not.
//
// A pronoun speaking inside someone's quotation ("“Then once a year he
// writes, ‘Ice out,’” Ferreira-Jones said") stands for whom the speaker is
// talking about, so the topic may stand in the paragraph just before the
// quotation's ("… transcribing the diaries of Hjalmar Engstrom, who farmed
// …"), as long as nothing but that quotation stands between.
func (r *resolver) whoObjectTopic(c, m mention) bool {
	f := r.f
	if !c.person || !c.named || c.org || c.plural || c.pronoun || !f.is(c.r.b, ",") || !f.word(c.r.b+1) || f.low(c.r.b+1) != "who" {
		return false
	}
	cp, mp := f.toks[c.r.a].para, f.toks[m.r.a].para
	if cp == mp {
		return true
	}
	if cp != mp-1 || m.att < 0 || f.atts[m.att].nestedIn < 0 {
		return false
	}
	outer := f.atts[f.atts[m.att].nestedIn]
	return outer.direct && !outer.content.empty() && f.paraStart(outer.content.a) == outer.content.a
}
