package suggest

import "strings"

// This file reads a name written after a noun of a group of performers
// ("the Leeds duo Fenwick Lane", "indie trio Harbour Lights") as the
// group's, not a person's, however personal it sounds: "she" after it is
// someone else, and a description apposed to it ("The tour's support act,
// the Leeds duo Fenwick Lane,") speaks under the bare name.

// groupActNouns are the nouns of a group of performers that open its name.
var groupActNouns = words(`duo trio quartet quintet band`)

// groupActNames makes every mention of a name written after a group noun
// a body, and cuts the words before the name off a canonical that ends in
// it ("Leeds duo Fenwick Lane" → "Fenwick Lane").
func (r *resolver) groupActNames() {
	f := r.f
	var groups map[string]bool
	for _, m := range r.mentions {
		if m.pronoun || !m.named || m.canonical == "" || !groupActNouns[f.low(m.r.a-1)] || !isCap(f.toks[m.r.a].text) {
			continue
		}
		if ws := f.phraseWords(m.r); strings.Join(ws, " ") != m.canonical {
			continue
		}
		if groups == nil {
			groups = map[string]bool{}
		}
		groups[m.canonical] = true
	}
	if groups == nil {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.canonical == "" {
			continue
		}
		name := m.canonical
		if !groups[name] {
			ws := strings.Fields(name)
			for k := 1; k < len(ws); k++ {
				if groupActNouns[strings.ToLower(ws[k-1])] && groups[strings.Join(ws[k:], " ")] {
					name = strings.Join(ws[k:], " ")
					break
				}
			}
		}
		if !groups[name] {
			continue
		}
		m.canonical, m.person, m.org, m.named, m.plural = name, false, true, true, true
	}
}
