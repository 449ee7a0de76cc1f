//go:build unix

package ingest

import (
	"syscall"
	"time"
)

// processCPU is the processor time this process has used so far, user and
// system: what a benchmark on a shared machine can compare when the wall
// clock waits on other people's work.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
