package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	sqlite3 "github.com/mattn/go-sqlite3"
)

// ErrBusy means another program held the project past the wait: an import
// or a schema change in another window, say. Nothing was saved.
var ErrBusy = errors.New("another program is writing to the project; nothing was saved")

// ErrServerGone means the team project's server did not answer: it is down,
// restarting or out of reach. What was being saved was not saved; the
// caller may try again.
var ErrServerGone = errors.New("the server does not answer; nothing was saved")

// ErrForbidden means the server refused a write the login may not make:
// another analyst's layer, gold for a non-adjudicator, the project's setup.
var ErrForbidden = errors.New("the server refused: this login may not change that")

// explain turns an engine's error into one a caller can tell apart and a
// person can read, keeping the original for errors.Is and errors.As. It
// never repeats a connection string.
func (s *Store) explain(err error) error {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var ee *engineError
	if errors.As(err, &ee) {
		return err
	}
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
		return &engineError{kind: ErrBusy, cause: err}
	}
	if errors.As(err, &se) && se.Code == sqlite3.ErrReadonly {
		return &engineError{kind: ErrReadOnly, cause: err}
	}
	if s.server == "" {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "42501": // insufficient_privilege, row-level security included
			return &engineError{kind: ErrForbidden, cause: err, detail: oneLine(pe.Message)}
		case strings.HasPrefix(pe.Code, "57P"), strings.HasPrefix(pe.Code, "08"): // shutdown, cannot connect now; connection exceptions
			return &engineError{kind: ErrServerGone, cause: err, detail: s.server}
		case pe.Code == "28P01" || pe.Code == "28000": // authentication
			return &engineError{kind: errors.New("the server refused the login"), cause: err, detail: oneLine(pe.Message)}
		}
		return err
	}
	var ne net.Error
	var ce *pgconn.ConnectError
	if errors.As(err, &ne) || errors.As(err, &ce) || errors.Is(err, driver.ErrBadConn) || errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF) || pgconn.SafeToRetry(err) || strings.Contains(err.Error(), "conn closed") {
		return &engineError{kind: ErrServerGone, cause: err, detail: s.server}
	}
	return err
}

// engineError is an engine's error put into words: Error says kind (and a
// detail: where the server is, what it refused), and errors.Is finds both
// kind and the original error.
type engineError struct {
	kind   error
	cause  error
	detail string
}

func (e *engineError) Error() string {
	if e.detail != "" {
		return fmt.Sprintf("%v (%s)", e.kind, e.detail)
	}
	return e.kind.Error()
}

func (e *engineError) Unwrap() []error { return []error{e.kind, e.cause} }

// oneLine shortens a multi-line engine message to its first line.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
