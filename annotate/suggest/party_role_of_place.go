package suggest

// partyRoleOfPlace reports whether the phrase a..b is a member's role
// after a party's capitalised name, linked to a seat ("The Labour MP for
// Dunmore North", "the Green TD for Kerry South"): like "the mayor of
// Brackley" it names no one itself, so a name in apposition after it is
// the speaker. The word before the link must be a role ("MP", "TD",
// "councillor"), every word between the determiner and it capitalised.
func (x *text) partyRoleOfPlace(a, b int) bool {
	if !x.word(a) || x.low(a) != "the" {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !x.word(k) || x.quoted(k) {
			return false
		}
		if !phraseLinks[x.low(k)] {
			if !isCap(x.toks[k].text) && !roleNouns[x.low(k)] {
				return false
			}
			continue
		}
		if k < a+3 || k+1 >= b {
			return false
		}
		role := x.low(k - 1)
		return (roleNouns[role] || titleWords[role] || partyMembers[role] || acronym(x.toks[k-1].text)) && !orgHeads[role]
	}
	return false
}
