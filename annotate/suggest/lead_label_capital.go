package suggest

import "unicode"

// This file lets a paragraph's lead label be dropped before a capital too:
// a digest's item labels ("Harbour wall: The bill …", "Parks: Wardens
// will …") head the item, they are no part of what its source says. A
// label that may be a person's name is left alone ("Mara Quell: The
// plan …", "Quell: The plan …", a transcript's line), and so is one in
// capitals, a transcript's role more often than a heading.

// leadLabelOpens reports whether token i, which follows the colon of the
// lead label that opens sentence s, opens the clause after the label: a
// lower-case word, or a capital after a label of common words.
func (f *finder) leadLabelOpens(s sentence, i int) bool {
	r := firstRune(f.toks[i].text)
	if unicode.IsLower(r) {
		return true
	}
	if !unicode.IsUpper(r) || i-1-s.t0 > 3 {
		return false
	}
	for k := s.t0; k < i-1; k++ {
		w := f.toks[k].text
		if f.allCaps(k) || k > s.t0 && isCap(w) {
			return false
		}
	}
	// a lone capitalised word may be a name: not when the text uses it in
	// lower case elsewhere ("Parks" – "a park") or nowhere else at all (a
	// transcript names its speakers before their lines)
	return i-1-s.t0 > 1 || f.usedInLowerCase(s.t0) || !f.usedElsewhere(s.t0)
}

// usedInLowerCase reports whether the word of token k occurs in lower case
// elsewhere in the text, or, plural, as its singular.
func (f *finder) usedInLowerCase(k int) bool {
	low := f.toks[k].low
	one := singular(low)
	for j := range f.toks {
		if j == k || f.toks[j].kind != f.toks[k].kind {
			continue
		}
		if t := f.toks[j].text; (t == low || t == one) && t != "" {
			return true
		}
	}
	return false
}

// usedElsewhere reports whether the word of token k occurs anywhere else in
// the text, in any case.
func (f *finder) usedElsewhere(k int) bool {
	for j := range f.toks {
		if j != k && f.toks[j].low == f.toks[k].low {
			return true
		}
	}
	return false
}
