package ingest

import "strings"

// donationCalls are the bare calls to give that close a charity's or a
// rescue team's appeal box ("… for every vehicle, radio and rope. Donate
// now").
var donationCalls = []string{"donate now", "donate today", "donate here", "donate online", "give now", "give today", "donate"}

// donationBox reports a short box that ends in a call to give standing
// alone as its own sentence: "Support the lifeboat crew The crew relies on
// gifts for every launch. Donate today". A sentence that asks someone to
// give ("She urged people to donate now.") or a call in the middle of
// reported text is no box: the call must follow a sentence end (or begin
// the line) and end it without a full stop.
func donationBox(lower string, words int) bool {
	if words > 40 {
		return false
	}
	end := strings.TrimRight(lower, " !:>→»›")
	for _, c := range donationCalls {
		if !strings.HasSuffix(end, c) {
			continue
		}
		before := strings.TrimRight(end[:len(end)-len(c)], " ")
		if before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") ||
			strings.HasSuffix(before, "|") || strings.HasSuffix(before, "·") {
			return true
		}
		return false
	}
	return false
}
