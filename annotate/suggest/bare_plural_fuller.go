package suggest

import "strings"

// This file reads a bare plural speaker opening a sentence ("Officers
// said the site was …") after the story has named the group more fully in
// lower case ("recommended for approval by council planning officers").
// The golds give such a speaker the fuller description, as "The council"
// takes "the town council" (fullerDescription); that search wants a
// determiner on both phrases, and "Officers" has none. The plural must
// name people by a role or what they do ("officers", "inspectors"), the
// fuller phrase must be lower-case modifiers straight before the same
// word, outside quotations and in the same zone, so "Residents said" after
// "three residents" (a count, no description) or a head named only in
// someone's words keeps its one word.

// barePluralFuller gives mention i, a one-word capitalised plural speaker
// with no determiner at a sentence's start, the nearest fuller lower-case
// description of the same plural before it.
func (r *resolver) barePluralFuller(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.att < 0 || m.r.b-m.r.a != 1 || !f.sentenceStart(m.r.a) || !isCap(f.toks[m.r.a].text) {
		return
	}
	head := f.low(m.r.a)
	one := singular(head)
	if one == head || !roleNouns[one] && !agentNoun(one) {
		return
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	best := ""
	for _, k := range r.lowerPositions(head) {
		if k >= m.r.a {
			break
		}
		if f.quoted(k) || f.paraZone[f.toks[k].para] != zone {
			continue
		}
		a := k
		for a-1 >= 0 && k-(a-1) <= 3 && f.word(a-1) && !isNumber(f.toks[a-1].text) && !countWords[f.low(a-1)] && !determiners[f.low(a-1)] &&
			!possessiveWord(f.toks[a-1].text) && !isCap(f.toks[a-1].text) && modifier(f.toks[a-1]) {
			a--
		}
		if a < k {
			best = strings.Join(f.phraseWords(rng{a, k + 1}), " ")
		}
	}
	if best != "" {
		m.canonical, m.plural = best, true
	}
}
