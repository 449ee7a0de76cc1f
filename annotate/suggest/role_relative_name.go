package suggest

// nameBeforeRoleRelative reads a speaker's name, a role set after it
// between commas, and a relative clause on that role's body before the cue
// ("Ann Lee, chief executive of Harbour Ferries, which runs the island
// routes, said …"): the comma at m opens the relative clause, and the
// lower-case role before it only describes the name before its own comma,
// so the name speaks, not the role. Without a name before the role ("The
// chief executive of Harbour Ferries, which …, said") it does not apply.
func (x *text) nameBeforeRoleRelative(m, lo int) (int, int, bool) {
	if !x.is(m, ",") || x.quoted(m) || !x.word(m+1) {
		return 0, 0, false
	}
	if w := x.low(m + 1); w != "which" && w != "who" && w != "whose" {
		return 0, 0, false
	}
	ra, _, ok := x.speakerAt(m-1, lo)
	if !ok || ra-2 < lo || !x.is(ra-1, ",") || x.quoted(ra-1) || !x.word(ra) || isCap(x.toks[ra].text) || pronouns[x.low(ra)] {
		return 0, 0, false
	}
	na, nb, ok := x.speakerAt(ra-2, lo)
	if !ok || pronouns[x.low(na)] || !x.nameWord(nb-1) || nb != ra-1 {
		return 0, 0, false
	}
	return na, nb, true
}
