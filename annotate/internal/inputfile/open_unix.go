//go:build unix

package inputfile

import "syscall"

// openFlags makes an open that could wait (a named pipe without a writer)
// return at once.
const openFlags = syscall.O_NONBLOCK
