package store

import "sync"

// This file keeps encodeAdds from making and filling a map an event: the
// strings every event knows (addsStrings) are looked up in one map made
// once, and the event's own strings in a map borrowed from a pool and
// cleared when given back.

// addsKnown maps each of addsStrings to its place in the list.
var addsKnown = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(addsStrings))
	for i, s := range addsStrings {
		m[s] = i
	}
	return m
})

// addsSeenPool holds the maps of an event's own strings between events.
var addsSeenPool = sync.Pool{New: func() any { return map[string]int{} }}

// addsSeenKept is the most strings a map may hold and still go back to
// the pool: a rare huge event's map is left to the collector.
const addsSeenKept = 1 << 12

// borrowAddsSeen returns an empty map for an event's own strings.
func borrowAddsSeen() map[string]int {
	return addsSeenPool.Get().(map[string]int)
}

// giveBackAddsSeen clears seen and returns it to the pool.
func giveBackAddsSeen(seen map[string]int) {
	if len(seen) > addsSeenKept {
		return
	}
	clear(seen)
	addsSeenPool.Put(seen)
}

// place is s's place in the event's list of strings, and whether it is
// there: addsStrings first (each once), then the event's own in the order
// seen.
func (w *addsWriter) place(s string) (int, bool) {
	if k, ok := addsKnown()[s]; ok {
		return k, true
	}
	k, ok := w.seen[s]
	return len(addsKnown()) + k, ok
}
