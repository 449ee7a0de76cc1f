package suggest

import "strings"

// modifiedHearer parses a hearer named by a plural role noun with one noun
// before it and no determiner: "told union negotiators, ‘…’", "warned
// hospital managers that …". addresseeAfter took only the bare plural
// ("told reporters"); with a modifier before it the hearer was read as the
// start of the content. The modifier is a lower-case word that is no
// function word, pronoun, quantifier, verb or cue; the head is a plural of
// addresseeWords or roleNouns.
func (x *text) modifiedHearer(i, hi int) (int, int, bool) {
	m, h := i, i+1
	if h >= hi || !x.word(m) || !x.word(h) || x.quoted(m) || x.quoted(h) || isCap(x.toks[m].text) || isCap(x.toks[h].text) {
		return 0, 0, false
	}
	w := x.low(m)
	if functionWords[w] || objectPronouns[w] || pronouns[w] || quantifiers[w] || clauseVerbs[w] || isNumber(w) {
		return 0, 0, false
	}
	if _, cue := cueWords[w]; cue {
		return 0, 0, false
	}
	head := x.low(h)
	if !strings.HasSuffix(head, "s") || !addresseeWords[head] && !roleNouns[head] {
		return 0, 0, false
	}
	return m, h + 1, true
}
