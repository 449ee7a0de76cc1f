package suggest

// This file skips a party or ward tag in brackets after a councillor's or
// legislator's name, "Cllr Ann Vole (Lab, Eastfield) said", "Sen. Ira Bell
// (D) told": the tag is an aside like an apposition and never speaks.

// bracketTagBefore returns the token before the bracketed tag that the
// closing bracket at token i ends, when that token is a word of a name;
// otherwise i as it came. A tag is one to seven capitalised words and
// commas ("(Con)", "(LD, Brackley North)"); a bracket that holds a lower-
// case word, a number or a sentence is no tag.
func (x *text) bracketTagBefore(i, lo int) int {
	if t := x.pseudonymAsideBefore(i, lo); t != i {
		return t // "Anna (not her real name) said"
	}
	if !x.is(i, ")") || x.quoted(i) {
		return i
	}
	open := i - 1
	for open > lo && open >= i-8 && (x.word(open) && isCap(x.toks[open].text) || x.is(open, ",") || x.abbrevDot(open)) {
		open--
	}
	if !x.is(open, "(") || open == i-1 || x.is(open+1, ",") || x.is(i-1, ",") || !x.nameWord(open-1) {
		return i
	}
	return open - 1
}
