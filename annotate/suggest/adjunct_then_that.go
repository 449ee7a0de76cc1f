package suggest

// adjunctThenThat reports whether the comma at j, after a cue and its
// hearer, opens a short adjunct between commas that a "that" clause
// follows ("…, who told him, by phone, that …", "told her, per pool, that
// …"): the cue's content runs forward, so the frame is no postposed one
// closing the clause before it.
func (f *finder) adjunctThenThat(j, end int) bool {
	if !f.is(j, ",") || f.quoted(j) {
		return false
	}
	for k := j + 1; k < end && k < j+8; k++ {
		if f.is(k, ",") {
			return k > j+1 && f.low(k+1) == "that" && !f.quoted(k+1)
		}
		if !f.word(k) && !f.pinpoint(k) || f.quoted(k) || clauseVerbs[f.low(k)] {
			return false
		}
	}
	return false
}
