package store

import "sync"

// This file keeps encodeAdds from making and filling a map an event, and
// from asking two maps a string: an event's strings are looked up in one
// map borrowed from a pool, which holds the strings every event knows
// (addsStrings) at their places, and takes the event's own after them as
// they come; given back, it is cleared of the event's own.

// addsSeenPool holds the maps of an event's strings between events, each
// holding addsStrings alone.
var addsSeenPool = sync.Pool{New: func() any {
	m := make(map[string]int, len(addsStrings)+32)
	knowAddsStrings(m)
	return m
}}

// knowAddsStrings puts each of addsStrings in seen at its place in the
// list.
func knowAddsStrings(seen map[string]int) {
	for i, s := range addsStrings {
		seen[s] = i
	}
}

// addsKnown is how many places addsStrings take in a map of an event's
// strings.
var addsKnown = sync.OnceValue(func() int {
	m := map[string]int{}
	knowAddsStrings(m)
	return len(m)
})

// addsSeenKept is the most strings a map may hold and still go back to
// the pool: a rare huge event's map is left to the collector.
const addsSeenKept = 1 << 12

// borrowAddsSeen returns a map holding addsStrings alone.
func borrowAddsSeen() map[string]int {
	return addsSeenPool.Get().(map[string]int)
}

// giveBackAddsSeen returns seen to the pool holding addsStrings alone.
func giveBackAddsSeen(seen map[string]int) {
	if len(seen) > addsSeenKept {
		return
	}
	if len(seen) > addsKnown() {
		clear(seen)
		knowAddsStrings(seen)
	}
	addsSeenPool.Put(seen)
}

// place is s's place in the event's list of strings, and whether it is
// there: addsStrings first (each once), then the event's own in the order
// seen.
func (w *addsWriter) place(s string) (int, bool) {
	k, ok := w.seen[s]
	return k, ok
}
