package suggest

import "strings"

// This file skips the party-and-state tag that American copy puts between
// commas after a legislator's name, "Sen. Ida Marsh, D-Vt., said", "Rep.
// Al Crane, R-Ohio, who …, said": like the bracketed tag of bracket_tags.go
// it is an aside that never speaks.

// partyStateTag reports whether token i is a party letter, a hyphen and a
// state's short name: "R-Ohio", "D-Calif" (its dot is a token of its own),
// "I-N.M". "D-Day" is no tag.
func (x *text) partyStateTag(i int) bool {
	if !x.word(i) || x.quoted(i) {
		return false
	}
	party, state, ok := strings.Cut(x.toks[i].text, "-")
	if !ok || party != "D" && party != "R" && party != "I" || state == "Day" {
		return false
	}
	return shortStateName(state)
}

// shortStateName reports whether s reads as a state in a party tag: a
// capital and one to five lower-case letters ("Ohio", "Neb"), or dotted
// capitals ("N.M", "N.Y").
func shortStateName(s string) bool {
	r := []rune(s)
	if len(r) == 0 || r[0] < 'A' || r[0] > 'Z' {
		return false
	}
	if len(r) >= 3 && r[1] == '.' {
		for k, c := range r {
			if k%2 == 0 && (c < 'A' || c > 'Z') || k%2 == 1 && c != '.' {
				return false
			}
		}
		return len(r)%2 == 1
	}
	if len(r) < 2 || len(r) > 6 {
		return false
	}
	for _, c := range r[1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// partyTagBefore returns the word of a name before the party tag that ends
// at token i (the tag, or its dot) when a comma stands between the name and
// the tag; otherwise i as it came.
func (x *text) partyTagBefore(i, lo int) int {
	t := i
	if x.is(t, ".") && x.glued(t) {
		t--
	}
	if t-2 < lo || !x.partyStateTag(t) || !x.is(t-1, ",") || !x.nameWord(t-2) {
		return i
	}
	return t - 2
}

// partyTagCommaBefore is partyTagBefore for the comma that closes the tag
// ("Sen. Ida Marsh, D-Vt., said"): it returns the name's last word, or i.
func (x *text) partyTagCommaBefore(i, lo int) int {
	if !x.is(i, ",") || i-1 < lo {
		return i
	}
	if t := x.partyTagBefore(i-1, lo); t != i-1 {
		return t
	}
	return i
}

// tagBefore skips a bracketed tag or a party tag ending at token i.
func (x *text) tagBefore(i, lo int) int {
	return x.partyTagBefore(x.bracketTagBefore(i, lo), lo)
}
