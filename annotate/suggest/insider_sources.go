package suggest

// insiderNouns name one anonymous source by another word than the one it
// was introduced with: "A source close to the star said … The insider
// claimed …".
var insiderNouns = words(`source insider`)

// insiderHeads are insiderNouns in the order an earlier mention is asked for them.
var insiderHeads = []string{"source", "insider"}

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
	return r.earlierLinkedSource(i, insiderHeads, true)
}
