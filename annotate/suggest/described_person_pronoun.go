package suggest

import "strings"

// describedPersonBefore returns, for a speaking "he" or "she" (mention i,
// gender g) outside any quotation in a first-person piece, the unnamed
// person the narration described last before it with a compatible
// gender: "It was 3am when the man in bed four buzzed. … he said, “…”" →
// "man in bed four"; "A junior doctor came through. “…,” she said" →
// "junior doctor". A column's narrator meets people she never names, and
// without this the pronoun kept no antecedent at all. It scans back over
// the pronoun's paragraph and the one before, and gives up ("") at a
// person named there first (whose own rules take the pronoun), at a
// description of the other gender only by skipping it, and in a piece
// with no narrator's "I" outside quotations.
func (r *resolver) describedPersonBefore(i int, g byte) string {
	f := r.f
	m := r.mentions[i]
	if g == 0 || m.att < 0 || f.quoted(m.r.a) || !r.narratedBefore(m.r.a) {
		return ""
	}
	p := f.toks[m.r.a].para
	for k := m.r.a - 1; k > 0 && f.toks[k].para >= p-1; k-- {
		if f.quoted(k) || !f.word(k) {
			continue
		}
		if r.personNamedOn(k, i) {
			return ""
		}
		if d := f.describedPersonAt(k, g); d != "" {
			return d
		}
	}
	return ""
}

// narratedBefore reports whether a narrator's "I" stands outside any
// quotation in the body before token t: the piece is told in the first
// person.
func (r *resolver) narratedBefore(t int) bool {
	f := r.f
	for k := 0; k < t; k++ {
		if f.toks[k].text == "I" && f.word(k) && !f.quoted(k) {
			if p := f.toks[k].para; p < len(f.paraZone) && f.paraZone[p] == "body" {
				return true
			}
		}
	}
	return false
}

// personNamedOn reports whether token k lies in a named person's mention
// before mention i, by a full name or a surname alone (namedPersonAt
// knows full names only).
func (r *resolver) personNamedOn(k, i int) bool {
	for j := 0; j < i; j++ {
		if c := r.mentions[j]; c.named && c.person && !c.org && c.r.a <= k && k < c.r.b {
			return true
		}
	}
	return false
}

// describedPersonAt returns the description of an unnamed person whose
// noun is token k, of gender g or of none ("a junior doctor", "the man in
// bed four": the noun, a modifier before it, and a place that counts it
// out after it, a preposition, a noun and a number); "" otherwise. A role
// noun counts only after "a" or "an" or with such a place: "the director"
// is most often someone the story named.
func (f *finder) describedPersonAt(k int, g byte) string {
	w := f.low(k)
	if kg := plainPersonGender[w]; kg != 0 {
		if kg != g || isCap(f.toks[k].text) {
			return ""
		}
		d := f.low(k - 1)
		if d != "the" && d != "a" && d != "an" || f.is(k-2, ",") || f.is(k+1, ",") && f.word(k+2) && isCap(f.toks[k+2].text) {
			return ""
		}
	} else if w = f.personIntroduced(k, g); w == "" || kinGender(bare(f.low(k))) != 0 {
		return "" // "his wife": a relative of someone's, no one described
	} else if d := f.low(k - 1); d == "my" || d == "our" {
		return ""
	} else if place := f.countedPlace(k + 1); place != "" {
		return w + " " + place
	} else if d != "a" && d != "an" && f.low(k-2) != "a" && f.low(k-2) != "an" {
		// "the director laughed. He said": a role the story gave a named
		// person, whom the rules for descriptions take
		return ""
	}
	if place := f.countedPlace(k + 1); place != "" {
		return w + " " + place
	}
	return w
}

// countedPlace returns a place that counts a person out at token k ("in
// bed four", "in room 12", "at table six"): a preposition of place, a
// lower-case noun and a number; "" otherwise.
func (f *finder) countedPlace(k int) string {
	if !shouterPlacePreps[f.low(k)] || !f.word(k+1) || isCap(f.toks[k+1].text) || functionWords[f.low(k+1)] {
		return ""
	}
	if !f.word(k + 2) {
		return ""
	}
	n := f.toks[k+2].text
	if !placeNumbers[strings.ToLower(n)] && strings.Trim(n, "0123456789") != "" {
		return ""
	}
	return strings.Join([]string{f.low(k), f.low(k + 1), strings.ToLower(n)}, " ")
}

// plainPersonGender gives the gender of the plainest nouns for a person,
// which the role lexicon leaves out.
var plainPersonGender = map[string]byte{"man": 'm', "woman": 'f', "boy": 'm', "girl": 'f', "gentleman": 'm', "lady": 'f'}

// placeNumbers are the number words a bed, room or table is counted by.
var placeNumbers = words(`one two three four five six seven eight nine ten eleven twelve`)
