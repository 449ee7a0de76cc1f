package suggest

import "strings"

// This file holds the round-22 rules for anonymous sources described by
// what they know ("people familiar with the matter", "a person briefed on
// the talks"): the description keeps its link and what follows it, and a
// later "the people" or "the person" is the source so described.

// sourceLinkEnd undoes skipAdjunctBefore's step over a phrase that is no
// time adjunct but what a source knows: in "A person briefed on the talks
// said" the words "on the talks" follow "briefed", so the speaker phrase
// ends at the cue (auxiliaries before it aside). i is where
// skipAdjunctBefore stopped, c the cue.
func (x *text) sourceLinkEnd(i, c, lo int) int {
	if i < lo || i+1 >= c || !x.word(i) || !x.word(i+1) || sourceLinks[x.low(i)] != x.low(i+1) {
		return i
	}
	j := c - 1
	for j > i+1 && x.word(j) && auxWords[x.toks[j].low] {
		j--
	}
	return j
}

// linkedSourceBefore resolves "the people" or "the person" (a determiner
// and one noun) to the source described with that noun and a source link
// before it in its zone ("people familiar with the matter said … the
// people said"). The nearest earlier unnamed mention with that head noun
// decides: without a source link it is no such source and nothing
// changes.
func (r *resolver) linkedSourceBefore(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.doc || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || !f.word(m.r.a+1) {
		return false
	}
	return r.earlierLinkedSource(i, []string{singular(f.low(m.r.a + 1))}, false)
}

// earlierLinkedSource resolves mention i to the nearest earlier unnamed
// mention in its zone whose head is one of heads (only singular ones when
// singularOnly), when that mention has a source link after its head ("people
// familiar with the matter"); without one it is someone else and nothing
// changes.
func (r *resolver) earlierLinkedSource(i int, heads []string, singularOnly bool) bool {
	f := r.f
	m := &r.mentions[i]
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.pronoun || c.named || c.doc || singularOnly && c.plural || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		ws := f.phraseWords(c.r)
		k := -1
		for _, h := range heads {
			if at := sourceNounAt(ws, h); at >= 0 {
				k = at
				break
			}
		}
		if k < 0 {
			continue
		}
		if k+2 >= len(ws) || sourceLinks[bare(ws[k+1])] != bare(ws[k+2]) {
			return false // "a person at the club": another person
		}
		m.antecedent, m.canonical, m.person, m.org, m.plural = j, c.canonical, c.person, c.org, c.plural
		return true
	}
	return false
}

// sourceNounAt is the index of the noun head in ws before any link word
// ("people" in "people familiar with the matter"), or -1.
func sourceNounAt(ws []string, head string) int {
	for k, w := range ws {
		b := bare(w)
		if phraseLinks[b] || sourceLinks[b] != "" {
			break
		}
		if singular(b) == head {
			return k
		}
	}
	return -1
}

// saidInFull reports whether a mention other than i has the canonical
// name full: "Analysts at Corvane" is "Analysts at Corvane Securities"
// only where the text used that phrase, while "a top-10 shareholder in
// Tarnwell" keeps its words though Tarnwell is "Tarnwell Shipping Group".
func (r *resolver) saidInFull(i int, full string) bool {
	for j, c := range r.mentions {
		if j != i && !c.pronoun && strings.EqualFold(c.canonical, full) {
			return true
		}
	}
	return false
}
