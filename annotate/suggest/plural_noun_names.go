package suggest

// pluralNounName reports whether mention j is only a plural common noun
// capitalised because it opens a sentence ("Authorities evacuated the
// village …"): no name a singular description ("The authority said")
// may take.
func (r *resolver) pluralNounName(j int) bool {
	f := r.f
	r.indexWords()
	c := r.mentions[j]
	if !c.plural || c.pronoun || c.r.b-c.r.a != 1 || !r.sentStart[c.r.a] {
		return false
	}
	w := f.low(c.r.a)
	return len(w) > 3 && w[len(w)-1] == 's' && (orgRoles[w] || orgRoles[singular(w)])
}
