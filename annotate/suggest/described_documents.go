package suggest

// describedDocBefore returns, for a document's description (mention i,
// head noun head) that names no document of its zone, the nearest earlier
// unnamed document that spoke and that the head, or another word for it,
// names by its own noun: "…, according to a preprint from researchers at
// …" then "The preprint … suggests" and "The study also found"; -1 if none.
func (r *resolver) describedDocBefore(i int, head string) int {
	f := r.f
	m := r.mentions[i]
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.doc || c.named || c.att < 0 || c.canonical == "" {
			continue
		}
		for k := c.r.a; k < c.r.b; k++ {
			w := singular(f.low(k))
			if f.word(k) && !f.quoted(k) && documentNouns[w] && (w == head || synonymHead(head, w)) {
				return j
			}
			if phraseLinks[w] || documentParticiples[w] || sourceLinkParticiples[w] {
				break // "a survey of pupils by the trust": the noun before the link
			}
		}
	}
	return -1
}
