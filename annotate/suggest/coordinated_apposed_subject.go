package suggest

// apposedCoordinatedSubject finds who speaks in "… and said" when the
// clause opens with a description and a name set between commas, after at
// most a short opening adjunct of time or place: "Our centre, Dani Roe,
// sat next to me and said, “…”", "On the bus home my captain, Ana Vos,
// leaned over and said …". The name is the subject of the first verb and
// so the speaker; the words before the first comma (t0 up to and before
// and) must be a description of one to four lower-case words opened by a
// determiner ("our", "my", "the", "his", "her", "their"), behind no
// adjunct or one opened by a preposition or time adverb ("After"/"Before"/
// "For" may hold a clause, "After the coach, Ivo Lind, left, she …", and
// are left alone) holding no verb.
func (f *finder) apposedCoordinatedSubject(t0, and int) (int, int, bool) {
	comma := -1
	for k := t0 + 1; k < and; k++ {
		if f.quoted(k) {
			return 0, 0, false
		}
		if f.is(k, ",") {
			comma = k
			break
		}
	}
	if comma < 0 {
		return 0, 0, false
	}
	name, ok := f.apposedPersonAfter(comma)
	if !ok || name.b+1 >= and {
		return 0, 0, false
	}
	d := -1
	for j := comma - 1; j >= t0 && j >= comma-4; j-- {
		if !f.word(j) || isCap(f.toks[j].text) && j != t0 {
			return 0, 0, false
		}
		if descriptionDeterminers[f.low(j)] {
			d = j
			break
		}
	}
	if d < 0 || d+1 == comma {
		return 0, 0, false
	}
	if d > t0 {
		w := f.low(t0)
		if w == "after" || w == "before" || w == "for" || !adjunctPreps[w] && !timeAdverbs[w] || d-t0 > 6 {
			return 0, 0, false
		}
		for j := t0 + 1; j < d; j++ {
			if !f.word(j) || clauseVerbs[f.low(j)] || pronouns[f.low(j)] {
				return 0, 0, false
			}
		}
	}
	return name.a, name.b, true
}

// descriptionDeterminers open the description a name is set after.
var descriptionDeterminers = words(`our my the his her their`)
