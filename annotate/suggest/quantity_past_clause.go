package suggest

import "strings"

// This file reads a content that opens with a counted subject and a verb
// in the simple past, which clauseLike cannot tell from a participle:
// "…, saying 600 people a week used it last summer". The verb must take an
// object pronoun or a determiner at once ("used it", "visited the site"),
// so "…, adding 600 jobs created in the region" stays a phrase.

// rateWords may follow a count as a rate ("600 people a week").
var rateWords = words(`day week month year night weekend season`)

// irregularPlurals are counted nouns with no s.
var irregularPlurals = words(`people children men women staff`)

// objectOpeners begin the object of a verb in the simple past.
var objectOpeners = words(`it them the a an its their this that these those his her our`)

// quantityPastClause reports whether r opens "N nouns [a week] V-ed OBJ".
func (f *finder) quantityPastClause(r rng) bool {
	k := r.a
	if k+3 >= r.b || !f.word(k) || f.quoted(k) || !isNumber(f.toks[k].text) {
		return false
	}
	k++
	if !f.word(k) || !strings.HasSuffix(f.low(k), "s") && !irregularPlurals[f.low(k)] {
		return false // "600 swimmers", "600 people"
	}
	k++
	if (f.low(k) == "a" || f.low(k) == "each" || f.low(k) == "per") && rateWords[f.low(k+1)] {
		k += 2
	}
	return k+1 < r.b && f.word(k) && strings.HasSuffix(f.low(k), "ed") && !f.quoted(k) && objectOpeners[f.low(k+1)]
}
