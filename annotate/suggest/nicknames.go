package suggest

import "strings"

// nicknameOf returns the one person's name learnt so far whose given name
// a lone word shortens ("Tobi" after "Tobias Mwangi-Hale"): the word is no
// given name of its own ("Tom" is not "Tomás"), no learnt first name or
// another's surname, at least three letters, and a prefix of exactly one learnt
// person's given name; nil otherwise.
func (r *resolver) nicknameOf(w string) []string {
	b := bare(w)
	if len([]rune(b)) < 3 || !isCap(w) || givenGender(w) != 0 || len(r.firsts) == 0 {
		return nil
	}
	if _, ok := r.firsts[b]; ok {
		return nil
	}
	if old := r.surnames[b]; len(old) >= 2 {
		return nil
	}
	var found []string
	for first, full := range r.firsts {
		if len(full) < 2 || len(first) <= len(b) || !strings.HasPrefix(first, b) || givenGender(full[0]) == 0 {
			continue
		}
		if found != nil {
			return nil // two names it may shorten: none
		}
		found = full
	}
	return found
}
