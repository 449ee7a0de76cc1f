package suggest

// A single closing mark after an s is read as a plural possessive ("the
// unions’ demands") when a lower-case word follows, and the quotation is
// closed further on. A possessive is followed by what is owned, a noun or
// its adjective, never by a preposition or subordinator: "pressed it ‘about
// four seconds’ before he …", "a ‘few hours’ after the …" close a scare
// quotation there, and the next quotation of the paragraph pairs on its
// own. "and"/"or" stay out ("the players’ and coaches’ union").

// notAfterPossessive are the words that cannot follow a plural possessive.
var notAfterPossessive = words(`before after when while since because until unless if than
	of to into onto from with without by at in on for against between during`)

// linkAfter reports whether the word starting at rune k (before hi) is one
// of notAfterPossessive.
func linkAfter(runes []rune, k, hi int) bool {
	e := k
	for e < hi && isWordRune(runes[e]) {
		e++
	}
	if e < hi && (runes[e] == '-' || runes[e] == '‑') {
		return false // "about-turn"
	}
	return notAfterPossessive[string(runes[k:e])]
}
