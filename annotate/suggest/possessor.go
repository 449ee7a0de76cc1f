package suggest

import "strings"

// possessorBeforeNoun reports whether token i, the word right before a cue
// word, is a possessive that makes the cue a noun: "Hale’s claim about the
// depot …", "the critics' warning". Such a phrase names what someone said
// as a thing; it is no speaker with a verb of saying. A pronoun's
// contraction ("she’s said", "it's claimed") is not a possessive.
func (x *text) possessorBeforeNoun(i int) bool {
	if !x.word(i) || x.quoted(i) {
		return false
	}
	w := x.toks[i].text
	for _, end := range []string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) > 0 {
			return !contractedPronouns[strings.ToLower(stem)]
		}
	}
	for _, end := range []string{"s'", "s’"} {
		if strings.HasSuffix(w, end) && len(w) > len(end) {
			return true
		}
	}
	return false
}

// contractedPronouns stand before "'s" meaning "is" or "has", never a
// possessive.
var contractedPronouns = words(`he she it that there here what who where when how let`)

// contractedNoSpeaker reports whether token i is a contraction that cannot
// end a speaker's mention: a first or second person's ("I’ll say it again",
// "we'd say"), which reports the writer's or a speaker's own words, or any
// other word with a verb's ending glued on ("Omar’ll"), which is no name. A
// third person's ("she’d said") still names who speaks.
func (x *text) contractedNoSpeaker(i int) bool {
	if !x.word(i) || x.quoted(i) {
		return false
	}
	w := strings.ToLower(x.toks[i].text)
	for _, end := range []string{"'ll", "’ll", "'d", "’d", "'ve", "’ve", "'m", "’m", "'re", "’re"} {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) > 0 {
			return !pronouns[stem]
		}
	}
	return false
}

// objectOfRelative reports whether the phrase starting at token a is the
// object of a restrictive relative clause before it ("The agency that
// employed Jo Dunn, Parkway Care, said"): the verb's object is not who
// speaks, the name in apposition after the comma is.
func (x *text) objectOfRelative(a, lo int) bool {
	for k := a - 1; k > lo && k >= a-3; k-- {
		if !x.word(k) || x.quoted(k) {
			return false
		}
		if w := x.low(k); w == "that" || w == "who" || w == "which" {
			return k < a-1 && x.word(k-1) && !x.quoted(k-1) && !isCap(x.toks[k-1].text) && !functionWords[x.low(k-1)]
		}
	}
	return false
}

// readBySource finds, for a cue whose speaker phrase ends with a comma at
// i, a statement or document read out or issued by someone between commas
// ("a family statement, read by his grandson, Euan Ross, said"): the text
// speaks, the one who read it does not. It returns the phrase before the
// participle.
func (x *text) readBySource(i, lo int) (int, int, bool) {
	for m := i - 1; m > lo && m > i-14; m-- {
		if x.quoted(m) || x.is(m, ".") && !x.abbrevDot(m) {
			return 0, 0, false
		}
		if !x.is(m, ",") || !readParticiples[x.low(m+1)] || x.low(m+2) != "by" {
			continue
		}
		k := m - 1
		for k > lo && x.word(k-1) && !x.quoted(k-1) && !isCap(x.toks[k-1].text) && !functionWords[x.low(k-1)] || k > lo && x.word(k-1) && isDeterminer(x.low(k-1)) {
			k--
		}
		if documentNouns[singular(x.low(m-1))] && k < m-1 {
			return k, m, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// readParticiples tie a statement to who read or issued it.
var readParticiples = words(`read delivered issued released signed presented`)
