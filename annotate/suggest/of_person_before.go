package suggest

import "strings"

// ofPersonBefore resolves "the friend" or "the family" (a determiner and
// one noun) to the fuller description given first by the same noun and
// "of" a named person: "a friend of Caldecott insisted … the friend said",
// "a statement from the family of Joyce Hindle … the family wrote". The
// short form names the same people as the long one, not the person the
// long one hangs on (nor whoever resolveDescription would pick), so it
// takes the long form's words. The nearest earlier use of the noun decides:
// "a friend said" in between introduces someone else and nothing changes;
// earlier "the friend" mentions are the same again and are stepped over.
func (r *resolver) ofPersonBefore(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.doc || m.org || !m.person || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || !f.word(m.r.a+1) || isCap(f.toks[m.r.a+1].text) {
		return false
	}
	noun := f.low(m.r.a + 1)
	for _, c := range r.mentions {
		if c.named && c.person && (hasWord(c.heads, noun) || hasWord(r.heads[c.canonical], noun)) {
			return false // "the governor": a named person's role, for resolveDescription
		}
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.pronoun || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		// "the family of Joyce Hindle": the named person after "NOUN of"
		if a := c.r.a; c.named && c.person && a >= 3 && f.low(a-1) == "of" && f.low(a-2) == noun && articleWords[f.low(a-3)] {
			m.antecedent, m.canonical = j, noun+" of "+strings.Join(f.phraseWords(c.r), " ")
			return true
		}
		if c.named {
			continue
		}
		ws := f.phraseWords(c.r)
		if len(ws) < 2 || !articleWords[bare(ws[0])] || bare(ws[1]) != noun {
			continue
		}
		switch {
		case len(ws) >= 4 && bare(ws[2]) == "of" && isCap(ws[3]):
			// "a friend of Caldecott" as a speaker itself, or whoever
			// it was resolved to ("The governor of San Telmo, Aurelio Ruiz")
			canon := strings.Join(ws[1:], " ")
			if c.canonical != "" {
				canon = c.canonical
			}
			m.antecedent, m.canonical, m.person = j, canon, c.person
			return true
		case len(ws) == 2 && bare(ws[0]) == "the":
			continue // the same again
		}
		return false // "a friend said": someone else
	}
	return false
}

// articleWords open a description that a later "the NOUN" may take up.
var articleWords = words(`a an the`)
