package suggest

import "strings"

// apposedBodyName names a speaking description of a body by the name set
// between commas after it: "the regional sea department, the Consellería
// do Mar, said …" speaks as "Consellería do Mar". A person's name after a
// description, or a name not closed by a comma, is left to other rules.
func (r *resolver) apposedBodyName(i int) {
	f := r.f
	m := &r.mentions[i]
	// a description ends in a lower-case noun, a possessive name before it
	// or not ("Galdera’s regional sea department")
	if m.att < 0 || m.person || m.pronoun || m.plural || !f.is(m.r.b, ",") || m.r.b-m.r.a < 2 || isCap(f.toks[m.r.b-1].text) {
		return
	}
	a := m.r.b + 1
	if f.low(a) == "the" {
		a++
	}
	for j := i + 1; j < len(r.mentions); j++ {
		c := r.mentions[j]
		if c.r.a > a {
			return
		}
		if c.r.a != a && !(c.r.a == a-1 && f.low(c.r.a) == "the") {
			continue
		}
		if c.pronoun || c.person || !c.named || c.canonical == "" || f.quoted(c.r.a) {
			return
		}
		name := c.canonical
		if !f.is(c.r.b, ",") {
			// "the Consellería do Mar,": a name that runs on through a
			// lower-case particle to a capitalised word and the comma
			k := c.r.b
			for k < c.r.b+3 && f.word(k) && !f.quoted(k) {
				k++
			}
			if k == c.r.b || !f.is(k, ",") || !isCap(f.toks[k-1].text) {
				return
			}
			name = strings.Join(f.phraseWords(rng{a: a, b: k}), " ")
		}
		m.canonical, m.named, m.org, m.antecedent = name, true, true, j
		return
	}
}
