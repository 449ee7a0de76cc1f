//go:build unix

package dataset

import (
	"syscall"
	"time"
)

// cpuTime is the processor time (user and system) the process has used:
// unlike the wall clock, it does not count the time a shared machine gives
// to others.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
