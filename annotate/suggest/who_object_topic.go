package suggest

// whoObjectTopic reports whether mention c, a person named after a
// preposition or an object's verb, is followed by a relative clause
// about them (“a rare one for Reyne, who has built a reputation …”): the
// sentence is about that person, whom a "she" or "he" opening the
// quotation after it in the same paragraph takes, not someone named
// further back; a topic in a paragraph above ("On Okoro, who went off
// …: “…”") is not.
func (r *resolver) whoObjectTopic(c, m mention) bool {
	f := r.f
	return f.toks[c.r.a].para == f.toks[m.r.a].para && c.person && c.named && !c.org && !c.plural && !c.pronoun &&
		f.is(c.r.b, ",") && f.word(c.r.b+1) && f.low(c.r.b+1) == "who"
}
