package suggest

import "strings"

// This file reads a body or group named by whose it is: "Tully’s campaign
// said", "a spokesperson for Harkness’s campaign said". A capitalised
// possessive stands where a determiner would ("the campaign said"); the
// owner's name goes with the phrase.

// possessiveOwnerAt returns the first token of a name in the possessive
// that ends at token k ("Tully’s", "Graham Tully’s"), or false when token k
// is no such name: a lower-case word, a calendar word ("Monday’s") or a
// pronoun's contraction ("It’s") is none.
func (x *text) possessiveOwnerAt(k, lo int) (int, bool) {
	if k < lo || !x.word(k) || x.quoted(k) || !isCap(x.toks[k].text) || !x.possessorBeforeNoun(k) {
		return 0, false
	}
	base := strings.ToLower(possessiveBase(x.toks[k].text))
	if base == "" || calendarWords[base] || functionWords[base] || pronouns[base] {
		return 0, false
	}
	a := k
	for a-1 >= lo && a > k-3 && x.nameWord(a-1) && !x.possessorBeforeNoun(a-1) {
		a--
	}
	return a, true
}

// ownedNounStart reads the words from token k to token i as a possessive
// owner's name and a lower-case noun ("Harkness’s campaign") after a link
// word such as "for" or "of", the way "the campaign" is read there, and
// returns k.
func (x *text) ownedNounStart(k, i, lo int) (int, bool) {
	if k-1 < lo || !x.word(k-1) || x.quoted(k-1) || !phraseLinks[x.low(k-1)] {
		return 0, false
	}
	p := i - 1
	for p > k && x.word(p+1) && !x.quoted(p+1) && !isCap(x.toks[p+1].text) && !x.possessorBeforeNoun(p) {
		p--
	}
	if a, ok := x.possessiveOwnerAt(p, lo); !ok || a != k || p == i || !x.word(i) || x.quoted(i) || isCap(x.toks[i].text) {
		return 0, false
	}
	return k, true
}
