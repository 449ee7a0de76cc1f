package ingest

import "regexp"

// reFigurePairItem matches a fact-box line that gives a figure with what
// it counts and then a second figure that breaks it down or sets it
// against another: "140 homes, 56 of them affordable", "312 objections,
// 9 letters of support", "£4.2m budget, £1.1m from the council".
var reFigurePairItem = regexp.MustCompile(`^[£$€]?\d[\d,]*(?:\.\d+)?(?:%|[kmb]n?)?\s\p{Ll}[\p{L}'’ -]{0,30}, [£$€]?\d[\d,]*(?:\.\d+)?(?:%|[kmb]n?)?\s[\p{L}'’ -]{1,40}$`)

// figurePairItem reports such a line, a fact-box line reFactItem misses:
// its figure is followed by a comma and a second figure, where reFactItem
// allows only words after one figure. A sentence ("12 people, 3 of them
// children, were hurt.") has a verb after another comma or ends on a full
// stop, and is no item.
func figurePairItem(s string) bool {
	return len(s) <= 90 && reFigurePairItem.MatchString(s)
}
