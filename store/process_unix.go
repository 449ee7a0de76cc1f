//go:build unix

package store

import "syscall"

// processGone tells whether no process of this computer has that pid.
func processGone(pid int) bool { return syscall.Kill(pid, 0) == syscall.ESRCH }
