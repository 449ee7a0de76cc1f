package suggest

// insiderNouns name one anonymous source by another word than the one it
// was introduced with: "A source close to the star said … The insider
// claimed …".
var insiderNouns = words(`source insider`)

// insiderSourceBefore resolves "the insider" or "the source" (a determiner
// and the noun) to the nearest earlier unnamed source in its zone described
// by either noun and a source link ("a source close to the band", "an
// insider familiar with the deal"), as linkedSourceBefore does for the
// same noun. The nearest earlier unnamed mention with either noun decides:
// without a source link ("a source at the club") nothing changes.
func (r *resolver) insiderSourceBefore(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.doc || m.plural || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || !f.word(m.r.a+1) ||
		!insiderNouns[f.low(m.r.a+1)] {
		return false
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.pronoun || c.named || c.doc || c.plural || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		ws := f.phraseWords(c.r)
		k := -1
		for n := range insiderNouns {
			if at := sourceNounAt(ws, n); at >= 0 {
				k = at
			}
		}
		if k < 0 {
			continue
		}
		if k+2 >= len(ws) || sourceLinks[bare(ws[k+1])] != bare(ws[k+2]) {
			return false // "a source at the club": someone else
		}
		m.antecedent, m.canonical, m.person, m.org, m.plural = j, c.canonical, c.person, c.org, c.plural
		return true
	}
	return false
}
