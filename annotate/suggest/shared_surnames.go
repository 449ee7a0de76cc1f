package suggest

import "strings"

// resolveSharedSurnames gives a first name alone the surname it shared
// after "and" ("Doreen and Alan Fairweather … Doreen told me" is Doreen
// Fairweather): two name words joined by "and", the second followed by
// one surname. A first name the text also gave another surname, or one
// such pair gave two, keeps its own; a body never takes one.
func (r *resolver) resolveSharedSurnames() {
	x := r.f
	full := map[string]string{} // first name → full name; "" when two differ
	for i := 0; i+3 < len(x.toks); i++ {
		if x.low(i+1) != "and" || !x.nameWord(i) || !x.nameWord(i+2) || !x.nameWord(i+3) || x.quoted(i) {
			continue
		}
		if i+4 < len(x.toks) && x.word(i+4) && isCap(x.toks[i+4].text) || i > 0 && x.word(i-1) && isCap(x.toks[i-1].text) {
			continue
		}
		first, name := x.toks[i].text, x.toks[i].text+" "+x.toks[i+3].text
		if old, seen := full[first]; seen && old != name {
			name = ""
		}
		full[first] = name
	}
	if len(full) == 0 {
		return
	}
	for _, m := range r.mentions {
		ws := strings.Fields(m.canonical)
		if len(ws) < 2 {
			continue
		}
		if f, ok := full[ws[0]]; ok && m.canonical != f {
			full[ws[0]] = ""
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		name := full[m.canonical]
		if name == "" || m.pronoun || m.plural || m.org {
			continue
		}
		m.canonical, m.person, m.named = name, true, true
	}
}
