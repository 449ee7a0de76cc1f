package suggest

// This file lets a newspaper's name be known by its first word when its
// last word is no newspaper's: "according to the Daily Rampart. …, the
// paper adds", "according to the Evening Beacon. …, the paper says".
// Papers are named for when they come out as often as for what they are
// (Clarion, Gazette: newspaper_voices.go); a name so opened whose last word
// makes it a body of another kind ("the Sunday League", "Daily Foods Ltd")
// is no paper. (A name opened by "Sunday" before "reported" still loses
// "Sunday" to the date words before this rule sees it.)

// newspaperOpeners open a newspaper's name: when it comes out.
var newspaperOpeners = words(`daily sunday evening morning weekly`)

// openedNewspaper reports whether a name of two or three words ws opens
// with a newspaper's word of when it comes out and ends in a capitalised
// word naming no other kind of body.
func openedNewspaper(ws []string) bool {
	n := len(ws)
	if n < 2 || n > 3 || !isCap(ws[0]) || !newspaperOpeners[bare(ws[0])] {
		return false
	}
	last := bare(possessiveBase(ws[n-1]))
	for _, w := range ws[1:] {
		if !isCap(w) {
			return false
		}
	}
	return !orgHeads[last] && !companySuffixes[last] && !orgRoles[last] && !calendarWords[last] && !timeWords[last]
}
