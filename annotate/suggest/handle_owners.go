package suggest

import (
	"strings"
	"unicode"
)

// resolveHandleOwners gives a social-media handle ("@gracie_builds") the
// person the text says is behind it, and what stands for the handle that
// person's name. Stories about viral posts name people first by handle and
// only later by name: "Grace Ola, a joiner who posts as @gracie_builds",
// "The account belongs to Maureen Pike" after "@tolleyroad_mo", or a
// handle made of a title and one named person's surname ("@CllrDhaliwal"
// and "Councillor Arun Dhaliwal"). Then the handle as speaker takes that
// name; a pronoun no one else resolves, after the handle in its paragraph
// or the one before with no other person named between ("@gracie_builds
// posted a clip … she said in the video"), takes it too if the genders
// agree; and a single name word no one else carries that is one part of
// the handle ("Mo" and "@tolleyroad_mo") takes it. A handle nothing ties to
// a name stays as it is.
func (r *resolver) resolveHandleOwners() {
	f := r.f
	type handle struct {
		at    int    // the "@" token
		text  string // "gracie_builds"
		owner string // the full name behind it, "" when unknown
	}
	var hs []handle
	for i := range f.toks {
		if !f.handleMark(i) || !f.is(i, "@") {
			continue
		}
		hs = append(hs, handle{at: i, text: f.handleText(i)})
	}
	if len(hs) == 0 {
		return
	}
	owners := map[string]string{} // handle, lower case → owner
	for k := range hs {
		h := &hs[k]
		i := h.at
		switch {
		case (f.low(i-2) == "posts" || f.low(i-2) == "goes" || f.low(i-2) == "tweets") && (f.low(i-1) == "as" || f.low(i-1) == "by") && f.low(i-3) == "who":
			// "Grace Ola, a joiner who posts as @gracie_builds"
			h.owner = r.namedPersonBefore(i, f.toks[i].para)
		}
		if h.owner == "" {
			h.owner = r.surnameInHandle(h.text)
		}
		if h.owner != "" {
			owners[strings.ToLower(h.text)] = h.owner
		}
	}
	// "The account belongs to Maureen Pike": the last handle before it
	for i := 0; i+4 < len(f.toks); i++ {
		if f.low(i) != "the" || f.low(i+1) != "account" || f.low(i+2) != "belongs" || f.low(i+3) != "to" || f.quoted(i) || f.toks[i].text != "The" {
			continue
		}
		name := r.namedPersonAt(i + 4)
		for k := len(hs) - 1; k >= 0 && name != ""; k-- {
			if hs[k].at < i {
				if _, ok := owners[strings.ToLower(hs[k].text)]; !ok {
					owners[strings.ToLower(hs[k].text)] = name
				}
				break
			}
		}
	}
	for k := range hs {
		hs[k].owner = owners[strings.ToLower(hs[k].text)]
	}
	// a single name word that is one part of one owned handle
	parts := map[string]string{} // part → owner; "" when two owners share it
	for _, h := range hs {
		if h.owner == "" {
			continue
		}
		for _, p := range handleParts(h.text) {
			if old, ok := parts[p]; ok && old != h.owner {
				parts[p] = ""
			} else {
				parts[p] = h.owner
			}
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		switch {
		case m.r.b-m.r.a == 1 && f.handleMark(m.r.a-1):
			if o := owners[strings.ToLower(f.handleText(m.r.a-1))]; o != "" {
				m.canonical, m.person, m.named, m.org = o, true, true, false
			}
		case m.pronoun && m.canonical == "" && m.antecedent < 0 && !m.plural:
			// "@gracie_builds posted a second clip … she said"
			k := len(hs) - 1
			for k >= 0 && hs[k].at >= m.r.a {
				k--
			}
			if k < 0 || hs[k].owner == "" || f.toks[m.r.a].para-f.toks[hs[k].at].para > 1 || r.personNamedBetween(hs[k].at, m.r.a) {
				continue
			}
			if g := r.nameGender(strings.Fields(hs[k].owner)); g == 0 || g == m.gender {
				m.canonical, m.person = hs[k].owner, true
			}
		case !m.pronoun && !m.org && m.r.b-m.r.a == 1 && m.canonical == f.toks[m.r.a].text && isCap(m.canonical) && !strings.Contains(m.canonical, " "):
			if o := parts[strings.ToLower(m.canonical)]; o != "" && r.firsts[bare(m.canonical)] == nil && len(r.surnames[bare(m.canonical)]) < 2 {
				m.canonical, m.person, m.named = o, true, true
			}
		}
	}
}

// handleText is the handle after the "@" at token i, its glued words and
// underscores: "gracie_builds".
func (x *text) handleText(i int) string {
	var b strings.Builder
	for j := i + 1; j < len(x.toks) && x.glued(j) && (x.word(j) || x.is(j, "_")); j++ {
		b.WriteString(x.toks[j].text)
	}
	return b.String()
}

// handleParts splits a handle into its lower-case parts at underscores,
// digits and lower-to-upper case changes: "CllrDhaliwal" is "cllr",
// "dhaliwal"; "tolleyroad_mo" is "tolleyroad", "mo".
func handleParts(h string) []string {
	var parts []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			parts = append(parts, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, c := range h {
		switch {
		case !unicode.IsLetter(c):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(c) && prevLower:
			flush()
		}
		cur = append(cur, c)
		prevLower = unicode.IsLower(c)
	}
	flush()
	return parts
}

// surnameInHandle is the one person's full name whose surname is a part
// of handle h of four letters or more ("Dhaliwal" in "@CllrDhaliwal");
// "" when none or several.
func (r *resolver) surnameInHandle(h string) string {
	found := ""
	for _, p := range handleParts(h) {
		if len([]rune(p)) < 4 {
			continue
		}
		names := r.sharing[p]
		if len(names) != 1 || !r.personName(strings.Join(names[0], " ")) {
			continue
		}
		if n := strings.Join(names[0], " "); found != "" && found != n {
			return ""
		} else {
			found = n
		}
	}
	return found
}

// personName reports whether a mention names the person name, of two
// words or more.
func (r *resolver) personName(name string) bool {
	for _, m := range r.mentions {
		if m.canonical == name && m.person && m.named && !m.pronoun {
			return strings.Contains(name, " ")
		}
	}
	return false
}

// namedPersonBefore is the full name of the last person named before
// token i in paragraph para; "" when none.
func (r *resolver) namedPersonBefore(i, para int) string {
	name := ""
	for _, m := range r.mentions {
		if m.r.b <= i && r.f.toks[m.r.a].para == para && m.person && m.named && !m.pronoun && strings.Contains(m.canonical, " ") {
			name = m.canonical
		}
	}
	return name
}

// namedPersonAt is the full name of the person named from token i; "".
func (r *resolver) namedPersonAt(i int) string {
	for _, m := range r.mentions {
		if m.r.a <= i && i < m.r.b && m.person && m.named && !m.pronoun && strings.Contains(m.canonical, " ") {
			return m.canonical
		}
	}
	return ""
}

// personNamedBetween reports a person named by name from token a to b.
func (r *resolver) personNamedBetween(a, b int) bool {
	for _, m := range r.mentions {
		if m.r.a > a && m.r.b <= b && m.person && m.named && !m.pronoun {
			return true
		}
	}
	return false
}
