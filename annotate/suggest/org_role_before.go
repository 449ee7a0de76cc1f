package suggest

// bodyRoleBeforeHeads makes a name a body and adds to it the body's noun
// of an apposition before it: "Her label, Northgate Records, said …. the
// label said" picks the label by its word. The apposition is a determiner or a possessive
// pronoun and one lower-case body noun ("label", "publisher", "union")
// opening its clause, and the name opens with no given name;
// a comma and a lower-case word other than "and" or "or" follow the name,
// so a list after the noun ("the label, Northgate Records and Vale Music")
// adds nothing.
func (r *resolver) bodyRoleBeforeHeads(i int) {
	f := r.f
	m := &r.mentions[i]
	k := m.r.a - 1
	if m.pronoun || m.canonical == "" || !isCap(f.toks[m.r.a].text) || k < 2 || !f.is(k, ",") || f.quoted(k) {
		return
	}
	if !f.word(k-1) || isCap(f.toks[k-1].text) || !orgRoles[f.low(k-1)] || !f.word(k-2) || !isDeterminer(f.low(k-2)) || f.word(k-3) {
		return // "The leader of the council, Ann Lee," is no body
	}
	if givenGender(f.toks[m.r.a].text) != 0 {
		return
	}
	if !f.is(m.r.b, ",") || !f.word(m.r.b+1) || isCap(f.toks[m.r.b+1].text) || f.low(m.r.b+1) == "and" || f.low(m.r.b+1) == "or" {
		return
	}
	r.addHeads(m, k-1, k)
	m.named, m.org, m.person = true, true, false
}
