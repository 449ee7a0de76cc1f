package suggest

// This file resolves "he" or "she" who answers in reported speech to the
// person questioned in the sentence before, not the one asking: "Counsel
// asked Mr Hale whether he had seen the plans. He said he had not." An
// inquiry's or a hearing's summary reports a witness so, answer after
// question.

// askedQuestionWords open the question an object of "asked" was put: "asked Mr
// Hale whether …", "asked her who …".
var askedQuestionWords = words(`whether if who what why how when where which`)

// questionedBefore returns, for a "he" or "she" (mention i, gender g) that
// opens its sentence and speaks, the person the sentence before in its
// paragraph questions: named right after "asked" (or "questioned") with a
// question word after the name ("asked Mr Hale whether"), or right after
// "heard from" or "heard evidence from" (a witness). The person's gender
// must not differ from g. -1 when none.
func (r *resolver) questionedBefore(i int, g byte) int {
	return r.namedPersonOfSentenceBefore(i, g, r.questionedAt)
}

// questionedAt reports whether mention c is the one questioned: "asked
// Mr Hale whether", "questioned Mr Hale about", "heard from Ms Kerr",
// "heard evidence from Ms Kerr".
func (r *resolver) questionedAt(c mention) bool {
	f := r.f
	a := c.r.a
	switch f.low(a - 1) {
	case "asked":
		return askedQuestionWords[f.low(c.r.b)]
	case "questioned":
		return true
	case "from":
		return f.low(a-2) == "heard" || f.low(a-2) == "evidence" && f.low(a-3) == "heard"
	}
	return false
}
