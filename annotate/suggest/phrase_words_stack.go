package suggest

// This file lets the questions asked of a phrase's words that keep no
// list of them (has it a name, has it a title) write the words into an
// array on the stack, where phraseWords made a slice on the heap for
// each question.

// phraseWordsOnStack is how many words the array holds; a longer phrase's
// list grows onto the heap as phraseWords' does.
const phraseWordsOnStack = 16

// appendPhraseWords appends phraseWords(r) to out.
func (x *text) appendPhraseWords(out []string, r rng) []string {
	n0 := len(out)
	for k := r.a; k < r.b; k++ {
		if x.abbrevDot(k) && len(out) > n0 {
			out[len(out)-1] += "."
			continue
		}
		if x.ampersand(k) {
			out = append(out, "&") // "Dunmore & Vale Building Society"
			continue
		}
		if x.toks[k].kind == tWord {
			out = append(out, x.toks[k].text)
		}
	}
	return out
}

// hasNameWords is len(x.personName(x.phraseWords(r))) > 0.
func (x *text) hasNameWords(r rng) bool {
	var buf [phraseWordsOnStack]string
	return len(x.personName(x.appendPhraseWords(buf[:0], r))) > 0
}

// hasTitleWords is hasTitle(x.phraseWords(r)).
func (x *text) hasTitleWords(r rng) bool {
	var buf [phraseWordsOnStack]string
	return hasTitle(x.appendPhraseWords(buf[:0], r))
}
