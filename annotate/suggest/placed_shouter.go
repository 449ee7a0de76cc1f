package suggest

// placedShouter reads the unnamed shouter of a heckle placed in the room,
// the subject before the cue at c: "a delegate near the back of the hall
// shouted ‘…!’", "one protester at the gates yelled “…!”". It is an
// indefinite role or audience noun (roleNouns, audienceNouns) opening its
// clause, a place linked by a preposition of place, and nothing else up
// to the cue: no comma, no quotation. Without the place speakerBefore
// reads the subject as it would any; with it the place's last noun stood
// between the shouter and the cue and the heckle was lost.
func (f *finder) placedShouter(c, t0 int) (int, int, bool) {
	for k := c - 3; k >= t0 && k >= c-10; k-- {
		if !indefiniteShouters[f.low(k)] || !f.word(k) || f.quoted(k) {
			continue
		}
		if k > t0 && f.word(k-1) {
			return 0, 0, false // not the clause's opening: "told a delegate near …"
		}
		n := f.low(k + 1)
		if !roleNouns[n] && !audienceNouns[n] || isCap(f.toks[k+1].text) || !shouterPlacePreps[f.low(k+2)] {
			return 0, 0, false
		}
		for m := k + 3; m < c; m++ {
			if !f.word(m) || f.quoted(m) {
				return 0, 0, false
			}
		}
		return k, c, true
	}
	return 0, 0, false
}

// indefiniteShouters open an unnamed shouter ("a delegate", "one protester").
var indefiniteShouters = words(`a an one another`)

// shouterPlacePreps link a shouter to the place in the room it shouted from.
var shouterPlacePreps = words(`near at in from behind by outside inside on`)
