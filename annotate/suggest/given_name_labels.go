package suggest

import "strings"

// resolveGivenNameLabels names a transcript's label that is a given name
// alone ("Ottilie:") and that no other rule named by the one person the
// text names in full with it ("Ottilie Brannagh"): a press conference's
// transcript calls the speakers by their first names once the report has
// named them. Two people of that given name leave the label as it is, and
// so does a label in capitals, which is a role more often than a name.
func (r *resolver) resolveGivenNameLabels() {
	f := r.f
	r.nameLabels(func(m *mention) string {
		if m.r.b-m.r.a != 1 || f.allCaps(m.r.a) {
			return ""
		}
		if w := f.toks[m.r.a].text; m.canonical == w && isCap(w) {
			return w
		}
		return ""
	}, r.onlyFullName)
}

// nameLabels names each transcript label (a mention of pattern "T") for
// which key gives a key ("" for none) by the one full name holder finds
// for that key, asked once a key; a label holder finds no name for stays
// as it is. The label rules differ only in how a label is read and whose
// name it can be.
func (r *resolver) nameLabels(key func(m *mention) string, holder func(key string) string) {
	found := map[string]string{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || r.f.atts[m.att].pattern != "T" {
			continue
		}
		k := key(m)
		if k == "" {
			continue
		}
		name, ok := found[k]
		if !ok {
			name = holder(k)
			found[k] = name
		}
		if name != "" {
			m.canonical, m.person, m.named, m.org = name, true, true, false
		}
	}
}

// onlyFullName is the one canonical name of a person that opens with the
// given name w ("Ottilie" → "Ottilie Brannagh"), or "" when there is none
// or more than one.
func (r *resolver) onlyFullName(w string) string {
	name := ""
	for _, c := range r.mentions {
		if !c.named || !c.person || c.pronoun || c.org || !strings.HasPrefix(c.canonical, w+" ") {
			continue
		}
		if name != "" && name != c.canonical {
			return ""
		}
		name = c.canonical
	}
	return name
}

// resolveInitialsLabels names a transcript's label of two to four
// capitals ("TK:") that neither a key nor any other rule named by the one
// person the text names in full whose capitals spell it ("Thea Kerrigan"):
// an interview prints its speakers by their initials once the report has
// named them. Two people the initials spell, or none, leave the label as
// it is, and so does an initials word the text itself uses outside the
// labels, which is a body's acronym ("BBC", "NHS") more often than a name.
func (r *resolver) resolveInitialsLabels() {
	f := r.f
	r.nameLabels(func(m *mention) string {
		if m.r.b-m.r.a != 1 {
			return ""
		}
		if w := f.toks[m.r.a].text; m.canonical == w && keyInitials(w) {
			return w
		}
		return ""
	}, r.onlyInitialsHolder)
}

// onlyInitialsHolder is the one canonical name of a person, two to four
// words, whose capitals spell initials w ("TK" → "Thea Kerrigan"), or ""
// when there is none or more than one, or when w stands in the text
// outside a label's place (an acronym, not a speaker's initials).
func (r *resolver) onlyInitialsHolder(w string) string {
	f := r.f
	for k := range f.toks {
		if f.toks[k].text == w && !(k+1 < len(f.toks) && f.is(k+1, ":") && f.labelStart(k+1) == k) {
			return ""
		}
	}
	name := ""
	for _, c := range r.mentions {
		if !c.named || !c.person || c.pronoun || c.org {
			continue
		}
		ws := strings.Fields(c.canonical)
		if len(ws) < 2 || len(ws) > 4 {
			continue
		}
		ts := make([]token, len(ws))
		for j, x := range ws {
			ts[j] = token{text: x}
		}
		if !capitalsSpell(ts, w) {
			continue
		}
		if name != "" && name != c.canonical {
			return ""
		}
		name = c.canonical
	}
	return name
}
