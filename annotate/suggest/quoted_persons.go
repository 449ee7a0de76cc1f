package suggest

// quotedPersonNouns name a person by what they are at the moment a
// quotation tells of them, words the role lexicon leaves out because they
// never head a source in news copy ("a guard held our papers. He said …",
// "a caller rang me. He told me …").
var quotedPersonNouns = words(`guard guards caller callers stranger strangers deputy deputies
	paramedic paramedics medic medics soldier soldiers midwife receptionist cashier waiter
	waitress landlord landlady boss student pupil`)

// personIntroduced returns the person a "he" or "she" (gender g) speaking
// inside a quotation stands for when token k ends how the quotation or the
// paragraph before it introduced them: what roleIntroducedMore knows ("a
// councillor", "her husband"), a relative or role of the quoting speaker's
// own ("I played it to my mother and she said"), one counted out of a
// group ("One of my students put it best. She said") and a person by what
// they were doing ("a guard held our papers"); "" otherwise. A group
// ("the staff room", "the crew") is never a "he" or "she".
func (f *finder) personIntroduced(k int, g byte) string {
	w := f.low(k)
	if !f.word(k) || isCap(f.toks[k].text) || collectiveNouns[w] {
		return ""
	}
	if role := f.roleIntroducedMore(k, g); role != "" {
		return role
	}
	// "my son Tom", "our neighbour, Ann Lowe,": one named is no role
	if f.is(k+1, ",") || f.word(k+1) && isCap(f.toks[k+1].text) {
		return ""
	}
	d := f.low(k - 1)
	if !f.word(k - 1) {
		return ""
	}
	// "one of my students", "one of the guards"
	if f.low(k-2) == "of" && f.low(k-3) == "one" && (d == "my" || d == "our" || d == "the" || d == "his" || d == "her") {
		s := singular(w)
		if s == w || !f.personNoun(s) {
			return ""
		}
		if kg := kinGender(s); kg != 0 && kg != g {
			return ""
		}
		return s
	}
	if w != singular(w) && !kinRoleNouns[w] {
		return "" // "he" or "she" is one person
	}
	if kg := kinGender(w); kg != 0 {
		if kg == g && (d == "my" || d == "our") {
			return w // "my mother", "our father"
		}
		return ""
	}
	if role := f.ownRoleIntroduced(k, g); role != "" {
		return role
	}
	if !quotedPersonNouns[w] {
		return ""
	}
	if d == "my" || d == "our" || (d == "a" || d == "an") && !f.is(k-2, ",") {
		return w
	}
	if d == "the" && !f.is(k-2, ",") {
		return f.fullerRoleBefore(k-1, w)
	}
	return ""
}

// fullerRoleBefore returns role w as the text first introduced it, before
// token k, by an indefinite article and one word that says whose or what
// kind ("with a sheriff’s deputy on the phone" … "a gift from the deputy"
// → "sheriff’s deputy"); w itself when it was not so introduced.
func (f *finder) fullerRoleBefore(k int, w string) string {
	zone := f.paraZone[f.toks[k].para]
	for j := k - 1; j >= 2; j-- {
		if f.paraZone[f.toks[j].para] != zone || f.low(j) != w || !f.word(j) || !f.word(j-1) {
			continue
		}
		if a := f.low(j - 2); a != "a" && a != "an" {
			continue
		}
		if q := f.toks[j-1].text; !isCap(q) && (possessiveWord(q) || modifier(f.toks[j-1])) && !isDeterminer(f.low(j-1)) {
			return f.low(j-1) + " " + w
		}
	}
	return w
}

// personNoun reports whether a singular noun names a person: a role of the
// lexicon that is no body or document ("one of the figures"), a relative,
// or a person by what they are.
func (f *finder) personNoun(w string) bool {
	if orgRoles[w] || collectiveNouns[w] || companyWords[w] || documentNouns[w] || documentNouns[w+"s"] {
		return false
	}
	return kinGender(w) != 0 || quotedPersonNouns[w] || agentNoun(w) || roleNouns[w] || roleNouns[w+"s"]
}
