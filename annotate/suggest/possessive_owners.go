package suggest

import "strings"

// A single closing mark after an s is read as a plural possessive ("the
// unions’ demands") only when the word before it can own something: a
// plural noun or a name. Pronouns, verbs and other closed-class words that
// end in s never take a plural possessive mark, so "was ‘a painful night for
// us’ but insisted the party would ‘hold its nerve’" closes the first scare
// quotation after "us" rather than pairing its opener with the second
// quotation's closer.

// notPossessors are the words ending in s that never own with a bare mark.
var notPossessors = words(`us is was has does this yes its his hers ours yours theirs as thus
	plus whereas unless perhaps always sometimes nevertheless across less besides towards
	afterwards upwards downwards`)

// notPossessor reports whether the word ending just before rune j is one
// of notPossessors.
func notPossessor(runes []rune, j int) bool {
	s := j
	for s > 0 && isWordRune(runes[s-1]) {
		s--
	}
	return notPossessors[strings.ToLower(string(runes[s:j]))]
}
