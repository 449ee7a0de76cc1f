//go:build unix

package suggest

import (
	"syscall"
	"time"
)

// processorTime is the time the process has spent on processors, its
// own and the kernel's for it.
func processorTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
