package suggest

// This file keeps a one-word answer before an inverted cue, as explainers
// under question headings print it ("Will prices rise?\n\nNo, says Tom
// Reyes, who keeps 12,000 hens. Energy …"): the answer is the expert's
// statement although it is shorter than the three words a postposed frame
// otherwise needs.

// answerWords answer a yes-or-no question on their own.
var answerWords = words(`yes no maybe perhaps probably possibly unlikely likely absolutely definitely certainly never rarely sometimes partly`)

// answerWord reports whether r is one answer word opening its paragraph
// ("No, says …"), or "not" and one such word ("Not really, says …").
func (f *finder) answerWord(r rng) bool {
	if r.a > 0 && f.toks[r.a-1].para == f.toks[r.a].para {
		return false
	}
	switch r.b - r.a {
	case 1:
		return f.word(r.a) && answerWords[f.low(r.a)]
	case 2:
		l := f.low(r.a + 1)
		return f.low(r.a) == "not" && f.word(r.a+1) && (answerWords[l] || l == "yet" || l == "really" || l == "quite")
	}
	return false
}
