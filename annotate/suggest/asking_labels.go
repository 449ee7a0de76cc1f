package suggest

// A transcript in which one label only ever puts short questions
// ("ASHDOWN: So what happens to it?" … "ASHDOWN: And the drainage
// board?") while the others answer has that speaker in the questioner's
// seat, prompting the other, as an interviewer or a call operator is
// (questionerLabel knows them by their label's word): those turns are no
// statements. A speaker who asks once and says something elsewhere
// ("CALLER: Flat 4, Mill Row. My father has fallen." … "CALLER: Will they
// be long?") keeps every turn; so does one question on its own, and a
// member on the floor whose question makes a point ("HALE: Will the
// minister tell the house why the ward closed?").

// maxPromptWords is the most words a prompting question has: a follow-up
// ("So where did it go?", "And the auditors?") has a handful; a question
// that makes a point takes a clause or two.
const maxPromptWords = 8

// askingLabels returns the labels, by their text, of a transcript's
// speakers whose turns are all short questions and at least two, when another
// label has a turn that is no question; labels maps a labelled paragraph
// to its colon, as transcriptLabels returns.
func (f *finder) askingLabels(labels map[int]int) map[string]bool {
	turns, asks := map[string]int{}, map[string]int{}
	for si, s := range f.sents {
		if si > 0 && f.sents[si-1].para == s.para {
			continue
		}
		colon, ok := labels[s.para]
		if !ok || colon < s.t0 {
			continue
		}
		end := colon + 1
		for end < len(f.toks) && f.toks[end].para == s.para {
			end++
		}
		label := f.labelText(rng{s.t0, colon})
		turns[label]++
		if f.asksOnly(rng{colon + 1, end}) && f.wordsIn(rng{colon + 1, end}) <= maxPromptWords {
			asks[label]++
		}
	}
	answered := false
	for label, n := range turns {
		answered = answered || asks[label] < n
	}
	if !answered {
		return nil
	}
	asking := map[string]bool{}
	for label, n := range turns {
		if n >= 2 && asks[label] == n {
			asking[label] = true
		}
	}
	return asking
}

// asksOnly reports a turn's words in r that are questions and nothing
// else: it ends with a question mark, and no full stop, exclamation mark
// or quotation mark comes before it ("Renata, you told us in July that
// … . What changed?" states before it asks).
func (f *finder) asksOnly(r rng) bool {
	if r.empty() || !f.is(r.b-1, "?") {
		return false
	}
	for k := r.a; k < r.b-1; k++ {
		if f.toks[k].kind == tQuote || f.is(k, "!") || f.is(k, ".") && !f.abbrevDot(k) {
			return false
		}
	}
	return true
}
