package suggest

// roleComplementSubject reports whether [a, k) is a role noun phrase with
// a "for" or "of" complement opening a reported clause ("the minister for
// ecological transition", "the head of research"): such a subject, with a
// name apposed to it after the comma at k, is one noun phrase, so the
// comma ends no content ("said the minister for ecological transition,
// Aurore Vidal, had told parliament that …"). phraseAt stops at "for"; this
// reads the phrase to the comma. It opens with a determiner, a roleNoun
// follows within three words, then "for" or "of" and one to four
// lower-case words, none a function word or verb, none quoted.
func (f *finder) roleComplementSubject(a, k int) bool {
	if k-a < 4 || k-a > 9 || !f.word(a) || f.quoted(a) || !isDeterminer(f.low(a)) {
		return false
	}
	role := -1
	for j := a + 1; j < k && j <= a+3; j++ {
		if roleNouns[f.low(j)] {
			role = j
			break
		}
	}
	if role < 0 || role+2 >= k+1 || (f.low(role+1) != "for" && f.low(role+1) != "of") {
		return false
	}
	if role+2 >= k || k-(role+2) > 4 {
		return false
	}
	for j := a + 1; j < k; j++ {
		if j == role+1 {
			continue
		}
		w := f.low(j)
		if !f.word(j) || f.quoted(j) || isCap(f.toks[j].text) || functionWords[w] || clauseVerbs[w] || f.contractedVerb(j) {
			return false
		}
	}
	return true
}
