package suggest

import "strings"

// kinGivenNames gives a relative named by a given name alone in apposition
// to a possessive kin noun ("Her husband, Paul, 44, said", "His daughter,
// Mia, said") the family name of the person the possessive stands for:
// the nearest person not of the other gender named in full in the same or the
// paragraph before ("Lorraine Beckinsale"). A writer who names a spouse,
// child or sibling by the given name alone leaves the family name shared.
// It leaves the name alone when the text names that given name in full
// elsewhere, when the owner has no family name, or when the kin noun is
// not one that shares a family name (a cousin, a grandparent).
func (r *resolver) kinGivenNames() {
	f := r.f
	full := map[string]string{} // given name → full name; "" when two differ
	gender := map[string]byte{} // full name → the kin noun's gender
	for i := range r.mentions {
		m := r.mentions[i]
		// a name apposed to a kin noun is a person's, though read as a
		// body's ("Jean" alone)
		if m.pronoun || m.plural || m.r.b-m.r.a != 1 || !f.nameWord(m.r.a) || f.quoted(m.r.a) {
			continue
		}
		a := m.r.a
		if !f.is(a-1, ",") || !f.is(a+1, ",") || !f.word(a-2) || !sharedNameKin[f.low(a-2)] {
			continue
		}
		own := f.low(a - 3)
		if own != "her" && own != "his" {
			continue
		}
		pg := byte('f')
		if own == "his" {
			pg = 'm'
		}
		surname := r.ownerSurname(i, pg)
		if surname == "" {
			continue
		}
		given := f.toks[a].text
		name := given + " " + surname
		if old, seen := full[given]; seen && old != name {
			name = ""
		}
		full[given] = name
		if g := kinGender(f.low(a - 2)); g != 0 && name != "" {
			gender[name] = g
		}
	}
	if len(full) == 0 {
		return
	}
	// a given name the text names in full otherwise ("Paul Ortiz") is
	// another person's, or already known
	for _, m := range r.mentions {
		if ws := strings.Fields(m.canonical); len(ws) >= 2 {
			if n, ok := full[ws[0]]; ok && m.canonical != n {
				full[ws[0]] = ""
			}
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		name := full[m.canonical]
		if name == "" || m.pronoun || m.plural {
			continue
		}
		m.canonical, m.person, m.org, m.named = name, true, false, true
		// "her husband": a man, so "she" after it is not him
		if g := gender[name]; g != 0 {
			if m.gender == 0 {
				m.gender = g
			}
			if r.genders[name] == 0 {
				r.genders[name] = g
			}
		}
	}
}

// ownerSurname returns the family name of the nearest person not known to
// be of the other gender than g, named in full before mention i in its
// paragraph or the one before ("Lorraine", a given name of no known
// gender, may own "her"); "" when that person is named by one word or none
// is found.
func (r *resolver) ownerSurname(i int, g byte) string {
	f := r.f
	p := f.toks[r.mentions[i].r.a].para
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.toks[c.r.a].para < p-1 {
			return ""
		}
		if c.pronoun || !c.named || !c.person || c.org || c.plural {
			continue
		}
		ws := strings.Fields(c.canonical)
		cg := c.gender
		if cg == 0 {
			cg = r.genders[c.canonical]
		}
		if cg == 0 && len(ws) > 0 {
			cg = givenGender(ws[0])
		}
		if cg != 0 && cg != g {
			continue // "said Tom Hale. Her husband, …": not him
		}
		if len(ws) < 2 {
			return ""
		}
		return ws[len(ws)-1]
	}
	return ""
}

// sharedNameKin are the relatives a writer names by the given name alone
// because they share the family name: spouses, children and siblings.
var sharedNameKin = words(`husband wife son daughter brother sister twin stepson stepdaughter`)
