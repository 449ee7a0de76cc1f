// Package batchgc lets a batch job (an import, an export) run the garbage
// collector less often, in exchange for a bounded amount of extra heap.
//
// A batch allocates fast and keeps little, so with Go's default target the
// collector runs every few megabytes. Raising the target as a percentage
// alone would scale the extra heap with whatever else the process keeps
// alive: in the app, 25 MB of date-parsing tables and the window's data
// turned a fivefold target into 180 MB of heap during an export. The
// target is therefore set from the heap live when the batch starts, so that
// the heap grows by about a fixed headroom (plus the batch's own working
// set times the target).
package batchgc

import (
	"runtime/debug"
	"runtime/metrics"
)

// Raise sets the collector's target so the heap may grow by about headroom
// bytes over what is live now, at most most percent (when little is live,
// the headroom alone would ask for thousands), never below Go's default
// nor below a target the user set higher; a collector turned off
// (GOGC=off) stays off. It returns the function that restores the previous
// target.
func Raise(headroom uint64, most int) (restore func()) {
	old := debug.SetGCPercent(-1) // read the target; nothing runs meanwhile
	debug.SetGCPercent(percent(liveHeap(), headroom, most, old))
	return func() { debug.SetGCPercent(old) }
}

// percent is the target that lets a heap with live bytes in use grow by
// headroom bytes, capped at most, given the target set before (old,
// negative when off).
func percent(live, headroom uint64, most, old int) int {
	if old < 0 {
		return old
	}
	p := most
	if live > 0 {
		p = int(min(headroom*100/live, uint64(most)))
	}
	return max(p, 100, old)
}

// liveHeap is the heap found live by the last collection (0 before the
// first).
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
