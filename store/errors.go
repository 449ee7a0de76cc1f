package store

import (
	"errors"
	"strings"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// ErrBusy means another program held the project past the wait: an import
// or a schema change in another window, say. Nothing was saved.
var ErrBusy = errors.New("another program is writing to the project; nothing was saved")

// explain turns an engine's error into one a caller can tell apart and a
// person can read, keeping the original for errors.Is and errors.As.
func (s *Store) explain(err error) error {
	if err == nil {
		return nil
	}
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
		return &engineError{kind: ErrBusy, cause: err}
	}
	return err
}

// engineError is an engine's error put into words: Error says kind, and
// errors.Is finds both kind and the original error.
type engineError struct {
	kind  error
	cause error
}

func (e *engineError) Error() string { return e.kind.Error() }

func (e *engineError) Unwrap() []error { return []error{e.kind, e.cause} }

// oneLine shortens a multi-line engine message to its first line.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
