package suggest

// clauseAfterObject reports whether token k, inside a content opening at
// a, opens a clause of time, place or relation that hangs on an object
// before it: "reports full-year results on 9 June, when it will update
// investors", "posted its figures, which show …". A finite verb after it
// is that clause's, not a reported clause's.
func (f *finder) clauseAfterObject(k, a int) bool {
	if k <= a+1 || !f.word(k) || f.quoted(k) || !f.is(k-1, ",") || f.quoted(k-1) {
		return false
	}
	return objectClauseOpeners[f.low(k)]
}

// objectClauseOpeners open a clause after an object and a comma.
var objectClauseOpeners = words(`when where which who whose whom`)
