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
		opening := m.canonical + " " // made once a mention, not once a pair
		full := r.soleEarlierBody(i, func(o *mention) bool {
			return o.att >= 0 && strings.HasPrefix(o.canonical, opening) && len(strings.Fields(o.canonical)) == 2
		})
		if full != "" {
			m.canonical, m.org, m.person = full, true, false
		}
	}
}

// soleEarlierBody is the name of the one body named before mention i that
// match accepts: "" when there is none, or when two differently named
// bodies fit.
func (r *resolver) soleEarlierBody(i int, match func(o *mention) bool) string {
	full := ""
	for k := range r.mentions[:i] {
		o := &r.mentions[k]
		if !o.org || o.person || o.pronoun || !match(o) {
			continue
		}
		if full != "" && full != o.canonical {
			return ""
		}
		full = o.canonical
	}
	return full
}
