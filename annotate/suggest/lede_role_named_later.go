package suggest

// This file ties a lede's unnamed person to the one person the story later
// names with the same role: "An assistant coroner has recorded a narrative
// conclusion …, saying …" and, seven paragraphs on, "assistant coroner Ann
// Hale said". Inquest, court and council reports open on the role and name
// its holder only when the ruling comes, past the few paragraphs the
// description's own search reaches, so the nearest person named next (the
// deceased, a witness) would take it instead.

// ledeRoleNamedLater returns, for the lede description at mention i (words
// ws, head noun head), the person named later in its zone whose heads
// hold the head and every modifier of the description, or whose name
// follows the description's very words as a title; -1 when no one,
// or more than one person, is so named.
func (r *resolver) ledeRoleNamedLater(i int, ws []string, head string) int {
	f := r.f
	m := r.mentions[i]
	if !r.ledePerson(i) || f.quoted(m.r.a) || r.inStatement(m.r.a) {
		return -1
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	mods := r.modifierWords(ws)
	found := -1
	for j := i + 1; j < len(r.mentions); j++ {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone {
			break
		}
		if !c.named || c.pronoun || !c.person || c.org || c.plural || !r.properName(c) {
			continue
		}
		held := (hasWord(r.heads[c.canonical], head) || hasWord(c.heads, head)) && r.holdsAll(c, mods)
		if !held && !r.roleBeforeName(c, trimDeterminer(ws)) {
			continue
		}
		if found >= 0 && r.mentions[found].canonical != c.canonical {
			return -1 // two people of that role: the lede says neither
		}
		if found < 0 {
			found = j
		}
	}
	return found
}

// roleBeforeName reports whether the words role stand, in that order,
// straight before the capitalised name of mention c ("assistant coroner
// Ann Hale", the role in lower case as a title before a name).
func (r *resolver) roleBeforeName(c mention, role []string) bool {
	f := r.f
	n := len(role)
	if n == 0 {
		return false
	}
	for p := max(0, c.r.a-n); p <= c.r.a && p+n < c.r.b; p++ {
		ok := isCap(f.toks[p+n].text)
		for k := 0; k < n && ok; k++ {
			ok = f.word(p+k) && bare(f.toks[p+k].text) == bare(role[k])
		}
		if ok {
			return true
		}
	}
	return false
}
