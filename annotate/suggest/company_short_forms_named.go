package suggest

import "strings"

// resolveNamedCompanyShortForms gives a one-word name the full name of the
// one body named before it whose name is the word and a body's head noun
// ("Kitaura" after "the president of Kitaura Railway"), even where that
// body did not speak. A word that opens any other name named before it, a
// given name, or a word a person's name ends with keeps its own.
func (r *resolver) resolveNamedCompanyShortForms() {
	var opens namesOpenedBy // the earlier mentions, as named by then
	for i := range r.mentions {
		m := &r.mentions[i]
		if !(m.pronoun || !m.named || m.plural || m.canonical == "" || strings.Contains(m.canonical, " ") ||
			givenGender(m.canonical) != 0 || len(r.sharing[bare(m.canonical)]) > 0) {
			full := ""
			for k := range opens.under(m.canonical) {
				o := &r.mentions[k]
				if o.pronoun || o.canonical == full {
					continue
				}
				ws := strings.Fields(o.canonical)
				if full != "" || len(ws) != 2 || !o.org || o.person || !bodyHeadWord(bare(ws[1])) {
					full = "" // another name it opens ("Fenmoor Buses" beside "Fenmoor Ferries"): none
					break
				}
				full = o.canonical
			}
			if full != "" {
				m.canonical, m.org, m.person = full, true, false
			}
		}
		opens.note(i, len(r.mentions), m.canonical)
	}
}

// bodyHeadWord reports whether a name's last word, in lower case, makes it a
// body's name ("Railway", "Group", "Holdings"); a document's ("Report",
// "Statement") is not one.
func bodyHeadWord(w string) bool {
	return orgHeads[w] || orgRoles[w] && w != "statement" && w != "report"
}
