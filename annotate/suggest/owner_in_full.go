package suggest

import "strings"

// This file names a body by its owner's full name: "Hanbury's campaign",
// "Mr Renwick's office" and "a spokesperson for Harkness’s campaign" after
// the article has named "Gerald Hanbury", "Tobias Renwick" and "Yusuf
// Harkness" in full. The guidelines' canonical name is the fullest the
// article gives, so the surname in the possessive takes the one full name
// the article gives with it, as "her office" does (resolveProxy). With no
// such name, or two people of that surname, the phrase keeps its words.

// ownerInFull returns the canonical name of a phrase ending in a surname in
// the possessive and a proxy noun ("office", "team", "campaign"), the
// surname (and any title before it) given as the one full name ending in
// it, the determiner dropped; "" when the phrase is no such thing.
func (r *resolver) ownerInFull(ws []string) string {
	ws = trimDeterminer(ws)
	n := len(ws)
	if n < 2 || !proxyNouns[bare(ws[n-1])] || !possessiveWord(ws[n-2]) || !isCap(ws[n-2]) {
		return ""
	}
	// the owner's words run back from the possessive to the link word or
	// the phrase's start: "Mr Renwick's", "for Harkness’s"
	s := n - 2
	for s > 0 && isCap(ws[s-1]) {
		s--
	}
	last := ws[n-2]
	suffix := "'s"
	if strings.HasSuffix(last, "’s") {
		suffix = "’s"
	}
	owner := append(append([]string(nil), ws[s:n-2]...), strings.TrimSuffix(last, suffix))
	person := personName(owner)
	if len(person) != 1 || acronym(person[0]) {
		return ""
	}
	names := r.sharing[bare(person[0])]
	if len(names) != 1 || len(names[0]) < 2 || hasOrgHead(names[0]) || !endsWith(names[0], person) {
		return ""
	}
	out := append(append([]string(nil), ws[:s]...), names[0]...)
	out[len(out)-1] += suffix
	return strings.Join(append(out, ws[n-1]), " ")
}
