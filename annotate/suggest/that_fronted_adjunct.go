package suggest

import "strings"

// "said that in the year to March the charity spent £2m on travel": a
// "that" clause may open with a prepositional adjunct before its subject.
// thatObject holds "that" for the object when no auxiliary follows it
// ("said that at 35 as well"), which loses such a clause whenever its verb
// is a plain past ("spent", "closed"). thatFrontedClause finds the clause
// behind the adjunct: a determiner or possessive opening a short noun
// phrase, then a verb of the past, all unquoted.

// thatFrontedClause reports whether the content r, which opens with a
// preposition, holds after the adjunct a subject ("the charity", "its
// staff") and a past verb within three words of it: a reported clause,
// not an object "that" followed by a prepositional phrase.
func (f *finder) thatFrontedClause(r rng) bool {
	if !f.word(r.a) || !contentPreps[f.low(r.a)] {
		return false
	}
	for k := r.a + 2; k < r.b && k < r.a+12; k++ {
		if f.quoted(k) || f.is(k, ",") || f.is(k, ";") {
			return false
		}
		if !f.word(k) || !isDeterminer(f.low(k)) && !possessivePronouns[f.low(k)] {
			continue
		}
		for v := k + 2; v < r.b && v <= k+4; v++ {
			if !f.word(v) || f.quoted(v) {
				break
			}
			if lw := f.low(v); irregularPasts[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") {
				return true
			}
		}
	}
	return false
}
