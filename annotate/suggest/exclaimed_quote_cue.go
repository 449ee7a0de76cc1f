package suggest

// exclaimedQuoteCue reports a capitalised name of up to three words at
// token j, then a cue and the sentence's end: the frame of a quotation
// that ended in "!" or "?" inside its marks ("‘Light! Get a light on
// him!’ Marr shouted."). The sentence does not end after the quotation,
// as it does before a new sentence opening with a name ("‘Hurry!’ Marr
// says he saw …" has no end after the cue).
func exclaimedQuoteCue(toks []token, j int) bool {
	k := j
	for k < len(toks) && k < j+3 && toks[k].kind == tWord && isCap(toks[k].text) && toks[k].para == toks[j].para && !sentenceOpeners[toks[k].low] && !pronouns[toks[k].low] {
		k++
	}
	if k == j || k+1 >= len(toks) || toks[k].kind != tWord || toks[k].para != toks[j].para {
		return false
	}
	if _, ok := cueWords[toks[k].low]; !ok {
		return false
	}
	n := toks[k+1]
	return n.para == toks[k].para && n.kind == tPunct && (n.text == "." || n.text == ",")
}
