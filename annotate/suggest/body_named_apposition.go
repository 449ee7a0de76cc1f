package suggest

import "strings"

// This file keeps whole a body's name that an apposition after it calls a
// body: "Keep Our Banks Open, a campaign group that …, said", "Jobs Ahead
// Carrigmore, a youth employment charity, said". A campaign's or a
// charity's name is often a slogan, with a verb, a common noun or "Our" in
// it, which alone would read as a role before a name or a determiner inside
// a phrase; the apposition says the capitalised words are one body's name.

// bodyApposedAfter reports whether the phrase p is followed by a comma and
// an indefinite description whose head is a body's word ("a campaign
// group", "a youth employment charity"): "a" or "an", up to four lower-case
// words, the last of them an organisation's head, then a comma, a clause
// ("that", "which", "who") or the sentence's end.
func (f *finder) bodyApposedAfter(p rng) bool {
	if !f.is(p.b, ",") || f.quoted(p.b) || !f.word(p.b+1) || f.low(p.b+1) != "a" && f.low(p.b+1) != "an" {
		return false
	}
	k := p.b + 2
	for k < len(f.toks) && k < p.b+6 && f.word(k) && !f.quoted(k) && !isCap(f.toks[k].text) && !relativeWords[f.low(k)] && !phraseLinks[f.low(k)] {
		k++
	}
	if k == p.b+2 || !orgHeads[f.low(k-1)] {
		return false
	}
	return k >= len(f.toks) || f.is(k, ",") || f.is(k, ".") || f.word(k) && relativeWords[f.low(k)]
}

// relativeWords open a clause that goes on describing the noun before it.
var relativeWords = words(`that which who`)

// apposedBodyWords is the canonical name of the capitalised phrase ws when
// an apposition after it calls it a body (bodyApposedAfter): every word
// capitalised, an opening "The" aside, two words at least; "" otherwise.
func (r *resolver) apposedBodyWords(p rng, ws []string) string {
	if len(ws) > 0 && bare(ws[0]) == "the" {
		ws = ws[1:]
	}
	if len(ws) < 2 || !r.f.bodyApposedAfter(p) {
		return ""
	}
	for _, w := range ws {
		if !isCap(w) || possessiveWord(w) {
			return ""
		}
	}
	return strings.Join(ws, " ")
}
