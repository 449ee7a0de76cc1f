package suggest

// This file lets a verb of making contact stand alone between a subject
// and "and" before a cue: "My son Tobias rang and said, ‘…’", "A reader
// phoned and said, ‘…’". coordinatedSubject wants more than one word
// there ("came to me last week and said") so that a name or a noun right
// before "and" is never taken for a verb; a call verb is no name and
// always ends a subject's first act, so one word is enough.

// contactVerbBeforeAnd reports whether token k, right before the "and" of
// a coordinated cue, is a call verb outside any quotation ("rang",
// "phoned").
func (f *finder) contactVerbBeforeAnd(k int) bool {
	return f.word(k) && !f.quoted(k) && callVerbs[f.low(k)] && f.low(k+1) == "and"
}
