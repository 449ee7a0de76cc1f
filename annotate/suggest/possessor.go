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
