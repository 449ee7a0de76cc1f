package suggest

// This file ends an interview's answer, read from a question set apart,
// at a paragraph that the writer reports again: "Asked about the Q&A, the
// mayor's office said he had …", "Roe said she would keep her job. “It
// pays the rent,” she said." An answer running over paragraphs speaks as
// the interviewee, in the first person; a later paragraph with a verb of
// saying of its own and no first person outside quotation marks has its
// own speaker and is the story going on, not more of the answer. The
// patterns read its statement as any paragraph's. The first paragraph
// under a question is left as it is: an answer may open in the third
// person.

// reportedAfterAnswer reports whether paragraph q, the answer paragraph
// after n others under the same question, is the writer's report: n > 0,
// no first-person word outside quotation marks, and a finite verb of
// saying or telling outside them.
func (f *finder) reportedAfterAnswer(q, n int) bool {
	if n == 0 || f.firstPersonPara(q) {
		return false
	}
	t := f.paraToks(q)
	for k := t.a; k < t.b; k++ {
		if !f.word(k) || f.toks[k].quote >= 0 {
			continue
		}
		if c, ok := cueWords[f.low(k)]; ok && !c.base && (c.class == cueSay || c.class == cueTell) {
			return true
		}
	}
	return false
}
