package suggest

// This file ends a reported content before the writer's aside that says
// where and when the content's next event takes place: "would review
// everything before the next round, at the Port Adair circuit on 14
// September", "would appeal at the next meeting, in the town hall on 3
// May". The aside is an appositive of "the next round" that a reader needs
// and the speaker did not say: it names a place and a date from the
// writer's calendar. It goes only when it closes the content, has no verb
// and ends in a date; "before the next round, at the latest" keeps its
// words.

// eventOrderWords place an event in a series ("the next round").
var eventOrderWords = words(`next following`)

// trimNextEventAside cuts a content at a comma after "next" or
// "following" and a noun when "at" or "in" follows it and the rest of the
// content, at most twelve tokens with no verb or quotation, ends in a date
// (a capitalised month next to a number), its full stop aside.
func (f *finder) trimNextEventAside(r rng) int {
	for k := r.a + 3; k+4 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || !eventOrderWords[f.low(k-2)] || !f.word(k-1) || functionWords[f.low(k-1)] {
			continue
		}
		if p := f.low(k + 1); p != "at" && p != "in" || r.b-k > 13 {
			continue
		}
		verb := false
		for m := k + 1; m < r.b; m++ {
			month := calendarWords[f.low(m)] && isCap(f.toks[m].text) // "3 May"
			if f.quoted(m) || f.word(m) && !month && (clauseVerbs[f.low(m)] || auxWords[f.low(m)]) {
				verb = true
				break
			}
		}
		if verb || !f.endsInDate(r.b) {
			continue
		}
		if f.clauseLike(rng{r.a, k}) {
			return k
		}
	}
	return r.b
}

// endsInDate reports whether the tokens before end close with a date: a
// capitalised month with a number just before or after it.
func (f *finder) endsInDate(end int) bool {
	for end > 0 && f.toks[end-1].kind == tPunct && !f.quoted(end-1) {
		end-- // the sentence's full stop, left out later
	}
	if end < 2 {
		return false
	}
	m, n := end-1, end-2
	if isNumber(f.toks[m].text) {
		m, n = end-2, end-1
	}
	if n < 0 || m < 0 || !f.word(m) || !isCap(f.toks[m].text) || !calendarWords[f.low(m)] || weekdayWords[f.low(m)] {
		return false
	}
	return isNumber(f.toks[n].text)
}

// weekdayWords are the calendar words that name no month.
var weekdayWords = words(`monday tuesday wednesday thursday friday saturday sunday`)
