package suggest

// timedClauseStop reports whether token k, inside a content opening at a,
// opens a clause of time measured from an event: "after", "before" or
// "when" right after an adverb or a span of time ("posted a farewell
// message on Instagram shortly after the deal was confirmed", "released a
// video hours before the vote was held"). A finite verb after it is that
// clause's, so the words before it are an object, not a reported clause. A
// bare "after" may be a preposition inside a reported clause ("said the
// firm after years of losses was cutting jobs"), so it alone stops nothing.
func (f *finder) timedClauseStop(k, a int) bool {
	if k <= a+1 || !f.word(k) || f.quoted(k) || !timedClauseOpeners[f.low(k)] || f.quoted(k-1) {
		return false
	}
	return timedClauseAdverbs[f.low(k-1)]
}

// timedClauseOpeners open a clause of time after a measuring adverb.
var timedClauseOpeners = words(`after before when`)

// timedClauseAdverbs measure a time from an event ("shortly after",
// "hours before", "just when").
var timedClauseAdverbs = words(`shortly soon just moments minutes hours days weeks months years long right
	immediately straight only even`)
