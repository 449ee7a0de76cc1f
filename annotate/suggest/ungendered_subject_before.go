package suggest

// ungenderedSubjectBefore reports whether mention c, a person named by a
// name of no known gender ("Maria*, 34, and her two sons were moved …"),
// opens the sentence right before pronoun mention m in the same
// paragraph: "She said …" then continues her, before anyone of a known
// gender named further back (a patron quoted a paragraph earlier). A case
// study's pseudonym or a rare given name tells no gender, and without this
// the pronoun skipped the very person the paragraph is about.
func (r *resolver) ungenderedSubjectBefore(c, m mention) bool {
	f := r.f
	if want := f.low(m.r.a); want != "he" && want != "she" || m.att < 0 || f.quoted(m.r.a) {
		return false
	}
	if !c.named || c.org || c.plural || c.doc || c.thing || c.pronoun || c.gender != 0 {
		return false
	}
	if f.toks[c.r.a].para != f.toks[m.r.a].para || isDeterminer(f.low(c.r.a)) {
		return false
	}
	sc, sm := f.sentenceOf(c.r.a), f.sentenceOf(m.r.a)
	return sc >= 0 && sc == sm-1 && f.sents[sc].t0 == c.r.a && f.sents[sm].t0 == m.r.a
}
