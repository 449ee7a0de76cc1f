package suggest

import (
	"iter"
	"strings"
)

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
			for k := range opens.under(m.canonical) {
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
		opens.note(i, len(r.mentions), m.canonical)
	}
}

// namesOpenedBy lists mentions by the first word of their names of two
// words or more, in text order: the names a one-word name opens
// (strings.HasPrefix(name, word+" ")), where asking every earlier mention
// for every one-word name took time growing with the square of their
// number. A resolver pass that changes only the mention at hand notes
// each after its turn, so that the list holds the earlier ones as named
// by then. Each word's mentions are a chain through next, so that a
// document's list is a map and a slice, not a slice a word.
type namesOpenedBy struct {
	ends map[string][2]int // a word's first and last mention, each + 1
	next []int             // a mention's next under its word, + 1; 0 at the last
}

// note lists mention i of n, named name, under its first word.
func (o *namesOpenedBy) note(i, n int, name string) {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return
	}
	if o.ends == nil {
		o.ends, o.next = map[string][2]int{}, make([]int, n)
	}
	e := o.ends[first]
	if e[0] == 0 {
		e[0] = i + 1
	} else {
		o.next[e[1]-1] = i + 1
	}
	e[1] = i + 1
	o.ends[first] = e
}

// under yields the mentions listed under word, in text order.
func (o *namesOpenedBy) under(word string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for k := o.ends[word][0]; k != 0; k = o.next[k-1] {
			if !yield(k - 1) {
				return
			}
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
