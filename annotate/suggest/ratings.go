package suggest

import "strings"

// This file reads a page of player ratings (or any verdict list) whose
// paragraphs open with a label: a name, a dash and a mark ("Tom Reddick –
// 6 Made two saves …", "Manager: Ged Farrant – 8 …"). The verdict after
// the label is the writer's, but the label names who the paragraph is
// about: a "he" or "she" before anyone else is named in it is that
// person, and so is the subject left out of a cue that opens a sentence
// ("Admitted afterwards that he had …").

// ratingLabel returns the name of the rating label paragraph p opens with,
// or an empty range: an optional role and colon ("Manager:"), two name
// words or more, an optional bracket ("(sub)"), a dash and a number.
func (f *finder) ratingLabel(p int) rng {
	t := f.paraToks(p)
	if t.empty() {
		return rng{}
	}
	k := t.a
	if f.word(k) && isCap(f.toks[k].text) && f.is(k+1, ":") {
		k += 2
	}
	n := f.nameEnd(k, t.b)
	if n-k < 2 {
		return rng{}
	}
	j := n
	if f.is(j, "(") && f.word(j+1) && f.is(j+2, ")") {
		j += 3
	}
	if !(f.is(j, "–") || f.is(j, "—") || f.is(j, "-")) || j+1 >= t.b || !isNumber(f.toks[j+1].text) {
		return rng{}
	}
	return rng{k, n}
}

// ratingLabelOf returns the rating label of the paragraph holding token k,
// when the page has two such labels or more (a list of verdicts, not one
// paragraph that happens to open so), and the token after its mark.
func (f *finder) ratingLabelOf(k int) (rng, int) {
	if k < 0 || k >= len(f.toks) {
		return rng{}, 0
	}
	label := f.ratingLabel(f.toks[k].para)
	if label.empty() {
		return rng{}, 0
	}
	n := 0
	for p := range f.paraZone {
		if !f.ratingLabel(p).empty() {
			n++
		}
	}
	if n < 2 {
		return rng{}, 0
	}
	after := label.b
	for after < len(f.toks) && !isNumber(f.toks[after].text) {
		after++
	}
	return label, after + 1
}

// ratingPerson returns the name a pronoun at token k stands for in a rating
// paragraph, when no other name stands between the label and it ("Manager:
// Ged Farrant – 8 Made the right change. He said …"); "" otherwise.
func (f *finder) ratingPerson(k int) string {
	label, after := f.ratingLabelOf(k)
	if label.empty() || k < after {
		return ""
	}
	for m := after; m < k; m++ {
		if f.nameWord(m) && !f.sentenceStart(m) {
			return ""
		}
	}
	return strings.Join(f.phraseWords(label), " ")
}

// sentenceStart reports whether token k opens its sentence (or follows
// a rating label's mark).
func (f *finder) sentenceStart(k int) bool {
	si := f.sentOfTok(k)
	if si < len(f.sents) && f.sents[si].t0 == k {
		return true
	}
	return k > 0 && isNumber(f.toks[k-1].text)
}

// ratingSubject returns the label's name as the speaker of a cue at token c
// that opens a sentence of a rating paragraph with no subject ("Kieran
// Moss – 5 Beaten too easily. Admitted afterwards that he had …").
func (f *finder) ratingSubject(c, lo int) (int, int, bool) {
	label, after := f.ratingLabelOf(c)
	if label.empty() || c < after || c != lo && c != after || !isCap(f.toks[c].text) {
		return 0, 0, false
	}
	return label.a, label.b, true
}
