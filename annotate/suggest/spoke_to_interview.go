package suggest

// This file lets an interview stand without a question put to "you" when
// the writer says, just above its first question, that the paper talked to
// someone: "We spoke to Fennimore before the premiere." then "Why the
// island?" and the answer, as reviews and features tack a short interview
// onto their end. The questions there are often impersonal ("Did the
// council cooperate?"), and the intro is what makes them an interview's.

// interviewTalkVerbs say that the writer met the interviewee.
var interviewTalkVerbs = words(`spoke talked chatted caught sat met`)

// spokeToInterviewee reports whether one of the two paragraphs before
// paragraph p has the writer ("we" or "I", opening a sentence) speaking to
// someone named: "We spoke to Ann Roe", "I caught up with Roe", "We sat
// down with Roe".
func (f *finder) spokeToInterviewee(p int) bool {
	for _, s := range f.sents {
		if s.para >= p || s.para < p-2 || f.paraZone[s.para] != "body" {
			continue
		}
		k := s.t0
		if w := f.low(k); w != "we" && w != "i" || !interviewTalkVerbs[f.low(k+1)] {
			continue
		}
		k += 2
		if f.low(k) == "up" || f.low(k) == "down" {
			k++
		}
		if w := f.low(k); (w == "to" || w == "with") && f.nameWord(k+1) && !f.quoted(k+1) {
			return true
		}
	}
	return false
}
