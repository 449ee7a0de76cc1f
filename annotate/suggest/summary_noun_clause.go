package suggest

// This file ends a reported content at a comma after its closing
// quotation mark when the writer names the quoted words and says who
// wanted or judged them, in forms trimSummaryAppositive does not read:
// with no relative word ("…”, a phrase several countries had pushed for")
// or with a mass noun and no article, after a quotation that may sit a few
// words back ("…“well before” the summit, wording that one delegate called
// “weak”"). The writer's gloss is no part of what was said.

// wordingNouns name quoted words as a mass, with no article.
var wordingNouns = words(`wording language phrasing terminology`)

// trimSummaryNounClause cuts a content at a comma right after a closing
// quotation mark when what follows is "a"/"an", a summaryNoun (one or two words may stand before
// it) and a clause's subject with no relative word: a determiner, a
// quantity word, a subject pronoun or a capitalised name. A comma before
// a wordingNoun and "that" or "which" cuts too, once the content has
// quoted something before it.
func (f *finder) trimSummaryNounClause(r rng) int {
	quoteSeen := false
	for k := r.a + 2; k+3 < r.b; k++ {
		if f.toks[k-1].kind == tQuote {
			quoteSeen = true
		}
		if !f.is(k, ",") || f.quoted(k) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		if quoteSeen && wordingNouns[f.low(k+1)] && (f.low(k+2) == "that" || f.low(k+2) == "which") {
			return k
		}
		if f.toks[k-1].kind != tQuote || f.low(k+1) != "a" && f.low(k+1) != "an" {
			continue
		}
		for n := k + 2; n < r.b-1 && n <= k+4; n++ {
			if !f.word(n) || f.quoted(n) {
				break
			}
			if summaryNouns[f.low(n)] && f.contactSubject(n+1) {
				return k
			}
		}
	}
	return r.b
}

// contactSubjectWords open the subject of a relative clause with no
// relative word ("a phrase several countries wanted").
var contactSubjectWords = words(`the this that these those his her its their our my your several some many most few both all`)

// contactSubject reports whether token k opens a clause's subject: a
// determiner or quantity word, a subject pronoun other than "it", or a
// capitalised name.
func (f *finder) contactSubject(k int) bool {
	if !f.word(k) || f.quoted(k) {
		return false
	}
	w := f.low(k)
	return contactSubjectWords[w] || subjectPronouns[w] && w != "it" || f.nameWord(k)
}
