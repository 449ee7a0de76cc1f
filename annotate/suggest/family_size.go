package suggest

// familySizeBefore parses an unnamed parent described by the size of the
// family, the phrase ending at token i: "a father of two", "a mother of
// three on the fourth floor", "a grandmother of five from the estate". Such
// a speaker is how papers describe a parent who asked not to be named, and
// the count after "of" (not a head noun) kept the phrase parser from
// taking the speaker at all, so the statement was lost and the pronoun
// after it went to the last person named. A place after the count ("on the
// fourth floor") is up to six words after "on", "in", "at" or "from". A
// phrase in apposition after a comma ("Ann Lee, a mother of two from the
// estate, said") is left to the name before it. It returns the phrase's first token (its article included).
func (x *text) familySizeBefore(i, lo int) (int, bool) {
	k := i
	if !x.familyCount(k) {
		j := i
		for ; j > lo && i-j < 6 && x.word(j) && !x.quoted(j) && !familyPlaceLinks[x.low(j)]; j-- {
		}
		if !x.word(j) || x.quoted(j) || !familyPlaceLinks[x.low(j)] || j == i {
			return 0, false
		}
		k = j - 1
	}
	if !x.familyCount(k) || k-2 < lo || x.low(k-1) != "of" || !x.word(k-2) || x.quoted(k-2) || !parentNouns[x.low(k-2)] {
		return 0, false
	}
	a, _, ok := x.coreBefore(k-2, lo)
	if !ok || x.is(a-1, ",") {
		return 0, false // "Ann Lee, a mother of three, who said": the name speaks
	}
	return a, true
}

// familyCount reports whether token k counts children: a number word from
// one to twelve or a small figure.
func (x *text) familyCount(k int) bool {
	if !x.word(k) || x.quoted(k) {
		return false
	}
	l := x.low(k)
	return placeNumbers[l] || len(l) <= 2 && isNumber(l) && !x.is(k+1, ".")
}

// parentNouns head a phrase that counts the parent's children.
var parentNouns = words(`mother father parent mum dad grandmother grandfather grandparent`)

// familyPlaceLinks open the place a described parent lives or works in.
var familyPlaceLinks = words(`on in at from`)
