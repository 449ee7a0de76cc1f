package suggest

import (
	"strings"
	"unicode"
)

// resolveInitialledTails gives a body's name that ends in its kind's
// initials the full name given before it: "the Western Counties FA" after
// "the Western Counties Football Association" is that association. The
// words before the initials must be the full name's own, and the initials
// (two to four capitals) must spell the words after them; a name whose
// initials spell two bodies' tails keeps its own.
func (r *resolver) resolveInitialledTails() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || !m.named || m.plural || m.canonical == "" || !initialsWord(lastWord(m.canonical)) {
			continue
		}
		ws := strings.Fields(m.canonical)
		if len(ws) < 2 || !initialsWord(ws[len(ws)-1]) {
			continue
		}
		prefix := strings.Join(ws[:len(ws)-1], " ") + " "
		full := r.soleEarlierBody(i, func(o *mention) bool {
			return strings.HasPrefix(o.canonical, prefix) && initialsOf(o.canonical[len(prefix):], ws[len(ws)-1])
		})
		if full != "" {
			m.canonical, m.org, m.person = full, true, false
		}
	}
}

// initialsWord reports whether w is two to four capital letters.
func initialsWord(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// initialsOf reports whether the capitalised words of tail, in order,
// begin with the letters of initials, one word each.
func initialsOf(tail, initials string) bool {
	ws := strings.Fields(tail)
	ls := []rune(initials)
	if len(ws) != len(ls) {
		return false
	}
	for k, w := range ws {
		if []rune(w)[0] != ls[k] {
			return false
		}
	}
	return true
}
