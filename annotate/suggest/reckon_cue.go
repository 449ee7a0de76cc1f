package suggest

// "reckons it has taken most of the fruit": in Australian and British
// reporting "reckon" gives what a source says in the plain voice of an
// interview, as "says" does, and takes a clause with or without "that".
// Its other use, a valuation ("reckoned the loss at $2m"), gives no
// statement, nor does "a force to be reckoned with".
func init() {
	for _, f := range []string{"reckon", "reckons", "reckoned"} {
		cueWords[f] = cueWord{lemma: "reckon", class: cueSay, base: f == "reckon"}
	}
}

// reckonedAt reports a valuation after "reckon": an object of up to four
// words and then "at" ("reckoned the loss at $2m", "reckons the damage
// at about a third"), before any verb of a clause.
func (f *finder) reckonedAt(r rng) bool {
	for k := r.a + 1; k < r.b && k < r.a+6; k++ {
		if f.quoted(k) || !f.word(k) || clauseVerbs[f.low(k)] {
			return false
		}
		if f.low(k) == "at" {
			return true
		}
	}
	return false
}
