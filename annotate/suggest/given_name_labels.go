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
	full := map[string]string{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || f.atts[m.att].pattern != "T" || m.r.b-m.r.a != 1 || f.allCaps(m.r.a) {
			continue
		}
		w := f.toks[m.r.a].text
		if m.canonical != w || !isCap(w) {
			continue
		}
		name, ok := full[w]
		if !ok {
			name = r.onlyFullName(w)
			full[w] = name
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
	found := map[string]string{}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || f.atts[m.att].pattern != "T" || m.r.b-m.r.a != 1 {
			continue
		}
		w := f.toks[m.r.a].text
		if m.canonical != w || !keyInitials(w) {
			continue
		}
		name, ok := found[w]
		if !ok {
			name = r.onlyInitialsHolder(w)
			found[w] = name
		}
		if name != "" {
			m.canonical, m.person, m.named, m.org = name, true, true, false
		}
	}
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
