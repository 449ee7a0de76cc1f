package suggest

// bareSourceBefore resolves "the source" or "the insider" (a determiner
// and the noun) to an anonymous source introduced with nothing but its
// noun: "Tamsin walked out, a source has told this site. … she finally
// snapped, the source said." A bare "a source" describes no one else, so
// the later description is that source, not the person the source talks
// about (whom resolveDescription would otherwise pick). Earlier "the
// source" mentions are the same source again and are stepped over; a
// source described by more words ("a source at the label") is left to
// insiderSourceBefore and the other rules.
func (r *resolver) bareSourceBefore(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.doc || m.plural || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || !insiderNouns[f.low(m.r.a+1)] {
		return false
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.pronoun || c.named || c.doc || c.plural || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		ws := f.phraseWords(c.r)
		if len(ws) != 2 || !insiderNouns[bare(ws[1])] {
			if sourceNounAt(ws, "source") >= 0 || sourceNounAt(ws, "insider") >= 0 {
				return false // "a source at the label": left to the other rules
			}
			continue
		}
		switch bare(ws[0]) {
		case "the":
			continue // the same source again
		case "a", "an":
			m.antecedent, m.canonical, m.person, m.org, m.plural = j, c.canonical, c.person, c.org, c.plural
			return true
		}
		return false
	}
	return false
}
