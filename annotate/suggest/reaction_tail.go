package suggest

// This file keeps a speech write-up's marks of the audience's reaction out
// of the statement they follow: after a quotation or a reported clause,
// "… not even hope". [applause]" or "… a short list." [laughter]
// [applause]" are the room, not the speaker. Inside a quotation they stay,
// as the speaker's words run on around them.

// reactionTail returns the end of sentence tokens [t0, e) without the
// bracketed reaction marks that close it outside any quotation ("[applause]",
// "(laughter)", "[sustained applause]").
func (f *finder) reactionTail(t0, e int) int {
	for e-1 > t0 && (f.is(e-1, "]") || f.is(e-1, ")")) && !f.quoted(e-1) {
		open, reaction := e-2, false
		for ; open > t0 && open >= e-6 && f.word(open); open-- {
			reaction = reaction || reactionMarks[f.toks[open].low]
		}
		if !reaction || open == e-2 || !(f.is(e-1, "]") && f.is(open, "[") || f.is(e-1, ")") && f.is(open, "(")) {
			return e
		}
		e = open
	}
	return e
}
