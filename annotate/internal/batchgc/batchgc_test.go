package batchgc

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestPercentGivesAFixedHeadroom(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name      string
		live      uint64
		old, want int
	}{
		{"large live heap: Go's default", 96 * mb, 100, 100},
		{"the app's 24 MB: about 32 MB more", 24 * mb, 100, 133},
		{"the benchmark's 7 MB", 7 * mb, 100, 457},
		{"a small heap: capped", 3 * mb, 100, 800},
		{"nothing measured yet: capped", 0, 100, 800},
		{"a higher GOGC is kept", 35 * mb, 1000, 1000},
		{"GOGC=off is kept", 35 * mb, -1, -1},
	}
	for _, tt := range tests {
		if got := percent(tt.live, 32*mb, 800, tt.old); got != tt.want {
			t.Errorf("%s: percent(%d MB, 32 MB, %d) = %d, want %d", tt.name, tt.live/mb, tt.old, got, tt.want)
		}
	}
}

func TestRaiseRestores(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	keep := make([]byte, 8<<20) // something live to measure
	runtime.GC()
	restore := Raise(32<<20, 400)
	got := debug.SetGCPercent(-1)
	debug.SetGCPercent(got)
	runtime.KeepAlive(keep)
	if got <= 150 {
		t.Errorf("target %d%% during the batch, want above the 150%% set before", got)
	}
	restore()
	if after := debug.SetGCPercent(150); after != 150 {
		t.Errorf("target %d%% after the batch, want 150%% back", after)
	}
}
