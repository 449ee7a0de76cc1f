//go:build unix

package benchdata

import (
	"syscall"
	"time"
)

// ProcessorTime is the processor time (user and system) this process has
// used so far: unlike the wall clock, it does not count the time a shared
// machine gives to others, so benchmarks report it beside their ratios.
func ProcessorTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
