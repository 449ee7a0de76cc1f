package suggest

import "strings"

// resolveCompanyShortForms gives a one-word name the full name of the one
// body named before it, as a speaker, whose name it opens: "Northvale" after "Northvale
// Rail announced …" is the company ("Northvale said …"). A word that opens
// the names of two bodies, or a person's name, keeps its own.
func (r *resolver) resolveCompanyShortForms() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || !m.named || m.plural || m.canonical == "" || strings.Contains(m.canonical, " ") {
			continue
		}
		full := ""
		for _, o := range r.mentions[:i] {
			if !o.org || o.person || o.pronoun || o.att < 0 || !strings.HasPrefix(o.canonical, m.canonical+" ") || len(strings.Fields(o.canonical)) != 2 {
				continue
			}
			if full != "" && full != o.canonical {
				full = ""
				break
			}
			full = o.canonical
		}
		if full != "" {
			m.canonical, m.org, m.person = full, true, false
		}
	}
}
