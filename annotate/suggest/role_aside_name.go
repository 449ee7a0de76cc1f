package suggest

// nameBeforeRoleAside reads a speaker's name, a lower-case role set after
// it between commas, and a second aside that describes the role's body or
// the person before the cue ("Ann Lee, buyer at Harbour Foods, one of the
// group's largest customers, said …"; "Ian Moss, head of sales at Dorn, a
// family firm, said"): the comma at m opens the second aside, which opens
// with "one of", "among" or an article, and the role before it only
// describes the name before its own comma, so the name speaks, not the
// role nor the body the role names. Without a name before the role ("The
// buyer at Harbour Foods, one of …, said") or with a name after it ("The
// mayor, Tom Hart, a former teacher, said") it does not apply.
func (x *text) nameBeforeRoleAside(m, i, lo int) (int, int, bool) {
	if !x.is(m, ",") || x.quoted(m) || !x.word(m+1) || m+2 >= i {
		return 0, 0, false
	}
	switch w := x.low(m + 1); {
	case w == "one" && x.low(m+2) == "of", w == "among", w == "a", w == "an", w == "the":
	default:
		return 0, 0, false
	}
	// the aside is a description, not a clause or a name
	for k := m + 1; k < i; k++ {
		if _, cue := cueWords[x.low(k)]; x.quoted(k) || x.word(k) && cue {
			return 0, 0, false
		}
	}
	// the role: lower-case words back to the comma after the name
	ra := -1
	for k := m - 1; k > lo && k > m-14; k-- {
		if x.quoted(k) || x.is(k, ".") && !x.abbrevDot(k) {
			return 0, 0, false
		}
		if x.is(k, ",") {
			ra = k + 1
			break
		}
		if _, cue := cueWords[x.low(k)]; x.word(k) && cue {
			return 0, 0, false
		}
	}
	if ra < 0 || ra >= m || ra-2 < lo || !x.word(ra) || isCap(x.toks[ra].text) || pronouns[x.low(ra)] || x.low(ra) == "and" || x.low(ra) == "or" {
		return 0, 0, false
	}
	na, nb, ok := x.speakerAt(ra-2, lo)
	if !ok || pronouns[x.low(na)] || !x.nameWord(nb-1) || nb != ra-1 || !x.personCore(na, nb) {
		return 0, 0, false
	}
	return na, nb, true
}
