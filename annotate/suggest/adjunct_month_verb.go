package suggest

// This file keeps the month "May" from ending an adjunct between a cue and
// its "that": "argued at a hearing in May that …", "told the board in May
// that …". The walk over the adjunct stops at a finite verb, and "may" is
// one as a modal; written "May" after "in", "since", a day number and the
// like (monthMay) it is the month, a word of the adjunct, and the content
// starts after "that". The modal ("said it may be that …") still stops it.

// adjunctVerb reports whether token k is a finite verb that ends an
// adjunct before "that": a clause verb other than the month May.
func (f *finder) adjunctVerb(k int) bool {
	return clauseVerbs[f.low(k)] && !f.monthMay(k)
}
