//go:build linux

package store

import (
	"errors"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// sidecar is the file beside a project (<project>-writers) on whose bytes
// waiting writers of every process hold an open-file-description read
// lock (byte 0 an edit, byte 1 a bulk job), and whose locks a bulk job
// tests. OFD locks belong to the file description, not the process: each
// Store has its own, so two Stores of one process see each other, and
// closing it drops only its own locks. (A POSIX lock would be dropped when
// any descriptor of the file closes, and SQLite's own files are never
// opened here for that reason: closing one would drop SQLite's locks.)
// The locks go with the process that holds them, however it ends, so a
// sidecar left behind holds nothing, and it is never removed: a process
// that still had the old one open would lock a file nobody else looks at.
type sidecar struct{ f *os.File }

// openSidecar opens (creating it, readable by its owner only) the sidecar
// at path and tries its lock, or returns nil where that cannot be done (a
// read-only folder and no sidecar yet, something else at that path, a
// kernel without OFD locks): bulk jobs then keep their time slices.
func openSidecar(path string) *sidecar {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		// An existing sidecar in a folder we may only read, or one
		// another user made: a read lock needs only reading.
		if f, err = os.Open(path); err != nil {
			return nil
		}
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil
	}
	s := &sidecar{f: f}
	if _, err := s.test(0, 2); err != nil {
		f.Close()
		return nil
	}
	return s
}

// test returns the kind of the first lock another file description holds
// on the n bytes from byte at, waiterNone when there is none.
func (s *sidecar) test(at, n int64) (waiterKind, error) {
	lk := unix.Flock_t{Type: unix.F_WRLCK, Whence: 0, Start: at, Len: n}
	for {
		err := unix.FcntlFlock(s.f.Fd(), unix.F_OFD_GETLK, &lk)
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil {
			return waiterNone, err
		}
		if lk.Type == unix.F_UNLCK {
			return waiterNone, nil
		}
		return waiterKind(lk.Start), nil
	}
}

// marked is the most urgent kind of waiter another file description
// marks: one test when nobody waits.
func (s *sidecar) marked() waiterKind {
	k, err := s.test(0, waiterKinds)
	if err != nil || k <= waiterEdit {
		return k
	}
	// The first lock found is a bulk job's; an edit may wait as well.
	if e, err := s.test(int64(waiterEdit), 1); err == nil && e == waiterEdit {
		return waiterEdit
	}
	return k
}

// mark takes (on) or drops the read lock on byte b. A read lock never
// conflicts with another (nobody takes a write lock, GETLK only asks), so
// it is had at once; should it fail, bulk jobs do not see this waiter and
// it waits for the end of a slice, bulkHold at most.
func (s *sidecar) mark(b int64, on bool) {
	lk := unix.Flock_t{Type: unix.F_UNLCK, Whence: 0, Start: b, Len: 1}
	if on {
		lk.Type = unix.F_RDLCK
	}
	for errors.Is(unix.FcntlFlock(s.f.Fd(), unix.F_OFD_SETLK, &lk), syscall.EINTR) {
	}
}

func (s *sidecar) close() { s.f.Close() }
