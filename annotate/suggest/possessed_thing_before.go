package suggest

// possessedThingBefore resolves "the guidance" or "the report" (a
// determiner and one lower-case noun naming no person) to the nearest
// earlier speaker in its zone described as someone's thing with that noun:
// "According to the Air Passenger Authority’s guidance, … The guidance also
// says …". The short form names the same thing as the possessed one, so it
// takes its words rather than the bare noun. The nearest earlier speaker
// with that head decides: "a report by the council" or "the guidance" with
// no owner leave the description to the other rules, and so does a
// possessed noun with words between ("the authority’s new guidance").
func (r *resolver) possessedThingBefore(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.person || m.plural || m.att < 0 || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" ||
		!f.word(m.r.a+1) || isCap(f.toks[m.r.a+1].text) {
		return false
	}
	noun := f.low(m.r.a + 1)
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.pronoun || c.named || c.att < 0 || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		ws := f.phraseWords(c.r)
		n := len(ws)
		if n == 0 || bare(ws[n-1]) != noun {
			continue
		}
		if n >= 3 && possessiveWord(ws[n-2]) && c.canonical != "" {
			m.antecedent, m.canonical, m.org, m.doc = j, c.canonical, c.org, c.doc
			return true
		}
		return false // "the guidance" again, or "a new guidance": no owner
	}
	return false
}
