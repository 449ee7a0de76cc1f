package suggest

import "unicode"

// This file reads the party-and-state tag that US papers set after a
// legislator's name, between commas ("Sen. Ann Vole, R-Kan., said …",
// "Rep. Ira Bell, D-Md., who …", "Rep. Ty Cole, R-Ohio, said …"): a tag
// is no name of its own and its abbreviation's period ends no clause.

// partyTag reports whether the word s is such a tag: a party's capital
// letter (D, R, I), a hyphen, then a capitalised state or its abbreviation
// ("Kan", "Md", "Ohio", "N.M").
func partyTag(s string) bool {
	r := []rune(s)
	if len(r) < 4 || r[1] != '-' || (r[0] != 'D' && r[0] != 'R' && r[0] != 'I') || !unicode.IsUpper(r[2]) {
		return false
	}
	for _, c := range r[3:] {
		if !unicode.IsLetter(c) && c != '.' {
			return false
		}
	}
	return len(r) <= 14
}

// partyTagBefore returns the last word of the name before a party tag
// between commas that ends at token i ("Ann Vole, R-Kan." or "Ty Cole,
// R-Ohio" before ", who …" or ", one of …"); otherwise i as it came.
func (x *text) partyTagBefore(i, lo int) int {
	t := i
	if x.is(t, ".") && x.glued(t) {
		t--
	}
	if t-2 < lo || !x.word(t) || x.quoted(t) || !partyTag(x.toks[t].text) || !x.is(t-1, ",") || !x.nameWord(t-2) {
		return i
	}
	return t - 2
}
