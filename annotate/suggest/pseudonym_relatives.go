package suggest

// This file reads the name an investigation gives an anonymous source in a
// relative clause between commas, "Another, whom we are calling Tomasz,
// said", "A nurse, who we will call Ruth, told": the name so given is the
// speaker's name for the rest of the piece, not the bare "Another" or
// "A nurse" before it.

// pseudonymRelative returns the name closing the relative clause that
// runs from the comma at token m to the comma at token i, when the clause
// gives a source a name: "who" or "whom", then "we" with "call",
// "calling", "called", "name" or "naming" (an auxiliary between them:
// "are", "will", "have", "'ll", "’re", "shall"), or "asked to be called";
// then one to three words of a name. Any other clause ("who called
// Tomasz", "whom we met in Leeds") is none.
func (x *text) pseudonymRelative(m, i int) (int, int, bool) {
	if !x.is(m, ",") || !x.is(i, ",") {
		return 0, 0, false
	}
	k := m + 1
	if w := x.low(k); w != "who" && w != "whom" {
		return 0, 0, false
	}
	k++
	switch {
	case x.low(k) == "we":
		k++
		for x.word(k) && pseudonymAuxiliaries[x.low(k)] || x.is(k, "'") || x.is(k, "’") {
			k++
		}
	case x.low(k) == "asked" && x.low(k+1) == "to" && x.low(k+2) == "be":
		k += 3
		if x.low(k) != "called" {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if !pseudonymVerbs[x.low(k)] {
		return 0, 0, false
	}
	k++
	if i-k < 1 || i-k > 3 {
		return 0, 0, false
	}
	for n := k; n < i; n++ {
		if !x.nameWord(n) {
			return 0, 0, false
		}
	}
	return k, i, true
}

// pseudonymAuxiliaries stand between "we" and the verb that names a
// source ("we are calling", "we will call", "we have called", "we'll call").
var pseudonymAuxiliaries = map[string]bool{"are": true, "will": true, "have": true, "shall": true, "ll": true, "re": true, "'ll": true, "’ll": true, "'re": true, "’re": true}

// pseudonymVerbs name a source: "we are calling", "we will call", "we have
// named".
var pseudonymVerbs = map[string]bool{"call": true, "calling": true, "called": true, "name": true, "naming": true, "named": true}
