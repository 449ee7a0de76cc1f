package suggest

// clauseStops open an adverbial clause inside a content: a finite verb
// after one is that clause's, so "posted the paper early because several
// councils were deciding …" is an object, not a reported clause.
var clauseStops = words(`because although though while whereas unless until since`)

// clauseStop reports whether token k, inside a content opening at a, opens
// such an adverbial clause.
func (f *finder) clauseStop(k, a int) bool {
	return k > a && f.word(k) && !f.quoted(k) && clauseStops[f.low(k)]
}
