package suggest

import "strings"

// titledPerson reports whether some mention of the name canonical carries
// a person's title ("Detective Inspector Rowan Achterberg" before "DI
// Achterberg said it was too early"): that name is a person's, whatever a
// shorter mention of it seems to say of itself.
func (r *resolver) titledPerson(canonical string) bool {
	for _, c := range r.mentions {
		if c.canonical == canonical && !c.pronoun && c.att >= 0 && c.person && hasTitle(r.f.phraseWords(c.r)) {
			return true
		}
	}
	return false
}

// venueHeads end the names of places people meet in: "the Bell Inn", "the
// Harbour Hotel", "the Crown Arms". Such a name is no person a "she" or
// "he" stands for.
var venueHeads = words(`inn hotel tavern arms pub motel hostel café cafe bistro brasserie restaurant`)

// venueName takes a bare name that ends in a venue's word off the people:
// "between the Bell Inn and the bridge … she said" is no pub speaking.
func (r *resolver) venueName(i int) {
	m := &r.mentions[i]
	if !m.named || m.pronoun || !m.person || m.att >= 0 {
		return
	}
	ws := r.f.phraseWords(m.r)
	if n := len(ws); n < 2 || !isCap(ws[n-1]) || !venueHeads[strings.ToLower(bare(ws[n-1]))] {
		return
	}
	m.person, m.thing = false, true
}
