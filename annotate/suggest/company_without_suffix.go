package suggest

import "strings"

// This file tells a company's name without its "Ltd" or "plc" from a
// person's name: a deck's "Brightway Enforcement won a contract" reads
// like a person's two capitalised names, but the text's "Brightway
// Enforcement Ltd" shows they are a company's. Read as a person, the name
// and its possessive ("Brightway's sole director") become the nearest
// "he" or "she"; a company is neither.

// companiesWithoutSuffix marks as a body every mention of a name read as a
// person's when the text also names, as a body, that name with a group
// form word after it ("Holt Haulage" and "Holt Haulage Ltd"). A name with
// a given name, a title or a gender ("Tom Reed" and "Tom Reed Ltd", "Mr
// Holt") stays a person's: markBody refuses it.
func (r *resolver) companiesWithoutSuffix() {
	bodies := map[string]bool{} // names of bodies without their group form word
	for _, c := range r.mentions {
		if c.pronoun || !c.named || !c.org || c.person || c.doc {
			continue
		}
		k := strings.LastIndexByte(c.canonical, ' ')
		if k > 0 && groupFormWords[strings.ToLower(strings.TrimSuffix(c.canonical[k+1:], "."))] {
			bodies[c.canonical[:k]] = true
		}
	}
	if len(bodies) == 0 {
		return
	}
	known := map[string]bool{}
	for _, c := range r.mentions {
		if r.personKnown(c) {
			known[c.canonical] = true
		}
	}
	for _, m := range r.mentions {
		if m.person && !m.org && !m.pronoun && m.named && bodies[m.canonical] && !known[m.canonical] && strings.Contains(m.canonical, " ") {
			r.markBody(m)
		}
	}
}
