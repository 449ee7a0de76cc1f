package suggest

// This file drops a reported content that is only the premise of a
// question: "When people tell me the river smells worse in summer, is that
// the sewage?". The content runs into a comma and an inverted question
// (an auxiliary and a subject pronoun) that ends the sentence with "?": the
// speaker of the whole sentence asks about what was told, and the frame
// inside it ("people … tell me") reports nothing the article asserts. A
// content with a comma and an auxiliary that does not end in "?" ("said
// the hall was full, was locked by nine and …") stays.

// questionSubjects are the subjects of an inverted question after its
// auxiliary ("is that", "does it", "are they").
var questionSubjects = words(`that this it there he she they we you i`)

// dropQuestionedReports drops, from attribution first on, the indirect
// contents that end in ", AUX SUBJECT … ?".
func (f *finder) dropQuestionedReports(first int) {
	for i := first; i < len(f.atts); i++ {
		a := &f.atts[i]
		if a.direct || a.dropped || a.content.empty() {
			continue
		}
		end := a.content.b
		for end < len(f.toks) && f.toks[end].kind == tQuote {
			end++
		}
		if end >= len(f.toks) || !f.is(end, "?") || f.quoted(end) {
			continue
		}
		for k := a.content.a + 2; k+3 < a.content.b; k++ {
			if f.is(k, ",") && !f.quoted(k) && questionAuxiliaries[f.low(k+1)] && questionSubjects[f.low(k+2)] {
				a.dropped, a.question = true, true
				break
			}
		}
	}
}
