package suggest

import "strings"

// This file reads two people who speak together: "The co-chairs of its
// committee, Dr Ada Lin and Dr Tom Rudd, said …", then "“…,” they said in
// a joint statement." The golds give such a speaker the two names joined
// by "and", each without its title ("Ada Lin and Tom Rudd"), as a body's
// name keeps no determiner; the name search alone kept the last name, and
// the "they" after the pair found no plural speaker to take. Only a
// speaker phrase that is exactly a pair the name table learnt (two full
// names, learnPairs) is joined, so "Tom and Carol Hadfield" (one surname)
// and a name next to a body ("Ada Lin and the union") keep their reading;
// a "they" takes the pair only when the pair is the speaker straight
// before it, in its paragraph or the one before.

// jointNamedSpeakers gives each speaker mention that is two people's full
// names joined by "and" their joined, untitled names, and each "they"
// speaking next after it the same names.
func (r *resolver) jointNamedSpeakers() {
	f := r.f
	joint := map[int]bool{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.att < 0 {
			continue
		}
		if name := r.jointNames(m.r); name != "" {
			m.canonical, m.person, m.plural, m.named = name, true, true, true
			joint[i] = true
		}
	}
	if len(joint) == 0 {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if !m.pronoun || m.att < 0 || f.low(m.r.a) != "they" || m.r.b-m.r.a != 1 {
			continue
		}
		j := r.speakerBefore(i)
		if j < 0 || !joint[j] || f.toks[r.mentions[j].r.a].para < f.toks[m.r.a].para-1 {
			continue
		}
		m.antecedent, m.canonical, m.person, m.plural = j, r.mentions[j].canonical, true, true
	}
}

// jointNames returns "Ada Lin and Tom Rudd" when the phrase at p ends in a
// pair of full names the table learnt and holds nothing but titles before
// it, or "".
func (r *resolver) jointNames(p rng) string {
	f := r.f
	for _, pair := range r.pairs {
		if pair.b != p.b || pair.a < p.a {
			continue
		}
		and := -1
		for k := pair.a; k < pair.b; k++ {
			if f.low(k) == "and" {
				and = k
				break
			}
		}
		if and < 0 {
			return ""
		}
		// only titles may come before the pair: "Dr Ada Lin and …", not
		// "the union's Ada Lin and …"
		for _, w := range f.phraseWords(rng{p.a, pair.a}) {
			if !titleWords[bare(w)] {
				return ""
			}
		}
		left := f.personName(f.phraseWords(rng{p.a, and}))
		right := f.personName(f.phraseWords(rng{and + 1, pair.b}))
		if len(left) < 2 || len(right) < 2 {
			return ""
		}
		return strings.Join(left, " ") + " and " + strings.Join(right, " ")
	}
	return ""
}

// speakerBefore returns the speaker mention that opens nearest before
// mention i, or -1.
func (r *resolver) speakerBefore(i int) int {
	best := -1
	at := r.mentions[i].r.a
	for j, c := range r.mentions {
		if j == i || c.att < 0 || c.r.a >= at {
			continue
		}
		if best < 0 || c.r.a > r.mentions[best].r.a {
			best = j
		}
	}
	return best
}
