package suggest

import "strings"

// This file reads a joint statement's later speaker: after "In a joint
// statement, the Allied Union and the Valley Trust said …", the story goes
// on "The two sides said …" or "Both parties said …". The phrase stands
// for the two bodies last named together as a speaker, and the golds give
// it their joined name ("Allied Union and Valley Trust"), as "the couple"
// takes a couple's. "The sides said" (no count) or "the two sides" with no
// joint speaker before it in the last paragraphs is left alone.

// jointNouns are the plural nouns "the two" or "both" put on a pair of
// bodies ("the two sides", "both parties", "the two organisations").
var jointNouns = words(`sides parties bodies organisations organizations groups employers unions`)

// jointBodies gives mention i, "the two sides" or "both parties", the name
// of the nearest speaker before it, in its paragraph or the two before,
// that joins two names with "and" and is no person.
func (r *resolver) jointBodies(i int) bool {
	f := r.f
	m := &r.mentions[i]
	n := m.r.b - m.r.a
	two := n == 3 && f.low(m.r.a) == "the" && f.low(m.r.a+1) == "two" || n == 2 && f.low(m.r.a) == "both"
	if m.named || !two || !jointNouns[f.low(m.r.b-1)] {
		return false
	}
	para := f.toks[m.r.a].para
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.toks[c.r.a].para < para-2 {
			return false
		}
		if c.pronoun || c.att < 0 || c.person || !strings.Contains(c.canonical, " and ") {
			continue
		}
		m.canonical, m.named, m.org, m.antecedent = c.canonical, true, true, j
		return true
	}
	return false
}
