package suggest

// afterFrontedAdverb skips a sentence-initial adverb of time or sequence
// and the comma after it ("Afterwards the club's chair … came in and told
// us"): such an adverb is never a subject, and the subject follows it.
// Before b, it returns a unchanged when the sentence opens otherwise.
func (f *finder) afterFrontedAdverb(a, b int) int {
	if a+1 >= b || !f.word(a) || f.quoted(a) || !frontedAdverbs[f.low(a)] {
		return a
	}
	if f.is(a+1, ",") && a+2 < b {
		return a + 2
	}
	return a + 1
}

// frontedAdverbs open a sentence before its subject.
var frontedAdverbs = words(`afterwards afterward later earlier then meanwhile yesterday today
	tonight finally eventually subsequently previously initially separately instead`)
