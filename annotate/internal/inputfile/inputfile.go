// Package inputfile opens the files an analyst hands Newsmark to read
// (articles, labeled files, a schema) without ever blocking on one that is
// not a regular file: a named pipe, a device or a socket is refused by its
// mode before it is opened, with a reason that says what it is.
package inputfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotRegular is wrapped by Open's error for a path that names a named
// pipe, a device, a socket or a folder.
var ErrNotRegular = errors.New("not a regular file")

// Open opens path for reading if it is a regular file (following a
// symbolic link). Anything else is refused by the mode Stat reports,
// before any open: opening a named pipe for reading waits for a writer,
// and reading a device may never end. The file is opened non-blocking
// where the system has that, and its mode checked again on the open file,
// so a file swapped for a pipe between the two checks is refused too.
// (O_NONBLOCK changes nothing for a regular file's reads.)
func Open(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := Regular(info); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	now, err := f.Stat()
	if err == nil {
		err = Regular(now)
	}
	if err == nil && !os.SameFile(info, now) {
		err = errors.New("the file was replaced while it was opened")
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Regular returns an error that names what info is when it is not a
// regular file.
func Regular(info fs.FileInfo) error {
	m := info.Mode()
	if m.IsRegular() {
		return nil
	}
	what := "a special file"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeCharDevice != 0:
		what = "a character device"
	case m&fs.ModeDevice != 0:
		what = "a block device"
	case m&fs.ModeIrregular != 0:
		what = "a file of an unknown kind"
	}
	return fmt.Errorf("%w: it is %s, which Newsmark does not read", ErrNotRegular, what)
}
