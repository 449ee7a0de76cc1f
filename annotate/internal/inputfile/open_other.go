//go:build !unix

package inputfile

// openFlags is empty where the system has no non-blocking open; the mode
// check before the open is what refuses a pipe there.
const openFlags = 0
