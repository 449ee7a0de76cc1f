package suggest

import "strings"

// titleLinkWords may stand lowercase inside a document's title ("Running
// on Empty", "State of the Nation", "Homes for All").
var titleLinkWords = words(`on of the a an and for in to at by with from or`)

// titledDocument names a document's description by the title set between
// commas after it: "The report, Lights Out in the Valleys, says …" is the
// document "Lights Out in the Valleys", as a person's title before a name
// is no part of the canonical name. Its nearest earlier description with
// the same noun in its zone (the lede's "according to a report published
// on Tuesday") is that document too, when no named document stands
// between. A lowercase word after the comma ("The report, published on
// Monday,") or a possessive ("The study, Harvard's largest,") is no title.
func (r *resolver) titledDocument(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.plural || !m.doc || m.r.b-m.r.a < 2 {
		return
	}
	if l := f.low(m.r.a); l != "the" && l != "this" {
		return
	}
	head := singular(f.low(m.r.b - 1))
	if !documentNouns[head] || !f.is(m.r.b, ",") {
		return
	}
	a := m.r.b + 1
	k := a
	for ; k < len(f.toks) && k < a+10 && f.word(k) && !f.quoted(k); k++ {
		w := f.toks[k].text
		if k > a && titleLinkWords[strings.ToLower(w)] && !isCap(w) {
			continue
		}
		if !isCap(w) || possessiveWord(w) || titleWords[bare(strings.ToLower(w))] {
			return
		}
	}
	if k == a || !f.is(k, ",") || titleLinkWords[f.low(k-1)] || f.toks[k].para != f.toks[a].para {
		return
	}
	title := strings.Join(f.phraseWords(rng{a, k}), " ")
	m.canonical, m.named, m.doc, m.org, m.person = title, true, true, false, false
	if !hasWord(m.heads, head) {
		m.heads = append(m.heads, head)
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := &r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.doc {
			continue
		}
		if c.named {
			return // another named document stands between
		}
		if w := singular(f.low(c.r.b - 1)); w == head || synonymHead(head, w) {
			if l := f.low(c.r.a); l == "a" || l == "an" || l == "the" || l == "this" {
				c.canonical, c.named = title, true
			}
		}
		return
	}
}
