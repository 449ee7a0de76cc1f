package suggest

// This file skips a bracketed note that a source's name is not the real
// one, "Anna (not her real name), who …, said", "Piotr (name changed)
// told": investigations that protect their sources give them a pseudonym
// and say so in brackets straight after it. The note is an aside like a
// party tag; the pseudonym before it is the speaker's name.

// pseudonymAsideBefore returns the token before the bracketed note that
// the closing bracket at token i ends, when the note says the name is not
// real (it holds "pseudonym", or "name" or "names" with "real" or
// "changed") and the token before the bracket is a word of a name;
// otherwise i as it came. The note is at most eight tokens of lower-case
// words: "(pictured)", "(left)" or "(her real name is on file)" with a
// capital or a longer sentence are no such note.
func (x *text) pseudonymAsideBefore(i, lo int) int {
	if !x.is(i, ")") || x.quoted(i) {
		return i
	}
	open := i - 1
	for open > lo && open >= i-9 && x.word(open) && !isCap(x.toks[open].text) {
		open--
	}
	if !x.is(open, "(") || open == i-1 || !x.nameWord(open-1) {
		return i
	}
	name, real, pseudonym := false, false, false
	for k := open + 1; k < i; k++ {
		switch x.low(k) {
		case "name", "names":
			name = true
		case "real", "changed":
			real = true
		case "pseudonym":
			pseudonym = true
		}
	}
	if !pseudonym && !(name && real) {
		return i
	}
	return open - 1
}
