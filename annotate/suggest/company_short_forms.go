package suggest

import "strings"

// resolveCompanyShortForms gives a one-word name the full name of the one
// body named before it, as a speaker, whose name it opens: "Northvale" after "Northvale
// Rail announced …" is the company ("Northvale said …"). A word that opens
// the names of two bodies, or a person's name, keeps its own.
func (r *resolver) resolveCompanyShortForms() {
	var opens namesOpenedBy // the earlier mentions, as soleEarlierBody would ask them
	for i := range r.mentions {
		m := &r.mentions[i]
		if !(m.pronoun || !m.named || m.plural || m.canonical == "" || strings.Contains(m.canonical, " ")) {
			// soleEarlierBody, asked only of the earlier names m's opens
			full := ""
			for _, k := range opens[m.canonical] {
				o := &r.mentions[k]
				if !o.org || o.person || o.pronoun || o.att < 0 || len(strings.Fields(o.canonical)) != 2 {
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
		opens.note(i, m.canonical)
	}
}

// namesOpenedBy lists mentions by the first word of their names of two
// words or more, in text order: the names a one-word name opens
// (strings.HasPrefix(name, word+" ")), where asking every earlier mention
// for every one-word name took time growing with the square of their
// number. A resolver pass that changes only the mention at hand notes
// each after its turn, so that the list holds the earlier ones as named
// by then.
type namesOpenedBy map[string][]int

// note lists mention i, named name, under its first word.
func (o *namesOpenedBy) note(i int, name string) {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return
	}
	if *o == nil {
		*o = namesOpenedBy{}
	}
	(*o)[first] = append((*o)[first], i)
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
