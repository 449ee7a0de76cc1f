package suggest

// This file ends a reported content before "but" and a new act of the
// speaker that is not more speech: "said it expected a full service but
// advised travellers to come early" (a directive to a hearer, with its
// object and "to"), "said the board was weighing two offers, but she would
// not name the bidders" (a pronoun and a negated verb of naming or
// saying). The content subject's own coordinated verb stays ("said
// residents were safe but advised to stay indoors": no object before
// "to").

// directiveVerbs are what a speaker tells a hearer to do after "but"
// ("but advised passengers to arrive early", "but urged drivers to …").
var directiveVerbs = words(`advised urged encouraged reminded asked told warned invited instructed`)

// refusedNamingVerbs are verbs a speaker declines after "but he would not"
// besides unsaidVerbs ("but he would not name the other two").
var refusedNamingVerbs = words(`name identify`)

// trimButNextAct cuts a content before "but" (and a comma before it) when
// a directive verb follows with an object and then "to", or a subject
// pronoun and a negated verb of saying or naming, once the content is a
// clause (of four words or more, before a directive).
func (f *finder) trimButNextAct(r rng) int {
	for k := r.a + 3; k+3 < r.b; k++ {
		if f.low(k) != "but" || f.quoted(k) || !f.word(k+1) || f.quoted(k+1) {
			continue
		}
		directive := f.directiveAfterBut(k+1, r.b)
		if !directive && !f.pronounRefusal(k+1) {
			continue
		}
		// a directive's object and "to" mark a new act even after a content
		// whose verb is itself a cue word ("it expected …")
		if f.clauseLike(rng{r.a, k}) || directive && f.wordsIn(rng{r.a, k}) >= 4 {
			if f.is(k-1, ",") && !f.quoted(k-1) {
				return k - 1
			}
			return k
		}
	}
	return r.b
}

// directiveAfterBut reports a directive verb at token k followed by an
// object of one to three words and "to" before end.
func (f *finder) directiveAfterBut(k, end int) bool {
	if !directiveVerbs[f.low(k)] || f.low(k+1) == "to" || f.low(k+1) == "that" {
		return false
	}
	for m := k + 2; m < end && m <= k+4; m++ {
		if !f.word(m) || f.quoted(m) {
			return false
		}
		if f.low(m) == "to" {
			return true
		}
	}
	return false
}

// pronounRefusal reports a subject pronoun at token k and a negated verb
// of saying or naming after it ("he would not name", "she did not say").
func (f *finder) pronounRefusal(k int) bool {
	switch f.low(k) {
	case "he", "she", "they", "it":
	default:
		return false
	}
	if f.negatedSaying(k + 1) {
		return true
	}
	return negatedAux[f.low(k+1)] && f.low(k+2) == "not" && refusedNamingVerbs[f.low(k+3)]
}
