package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// SetWaitReporter sets what the store calls while a write waits for
// another program's (every few seconds, with what holds the project, as
// "an import of 12,000 articles by ana, started 14:02"), so the user can be
// told and can cancel the wait through its context.
func (s *Store) SetWaitReporter(report func(holder string)) {
	s.waitMu.Lock()
	s.onWait = report
	s.waitMu.Unlock()
}

// beginWrite begins a write transaction, waiting its turn while another
// program holds the file's write lock: each attempt of the dialect's asks
// for the lock for busyTimeoutMS; between attempts the wait reporter hears
// what holds the project, every five seconds, until ctx ends.
func (s *Store) beginWrite(ctx context.Context) (*sql.Tx, func(), error) {
	if s.readOnly {
		return nil, nil, ErrReadOnly
	}
	waited := time.Duration(0)
	nextReport := time.Duration(0)
	for {
		tx, done, err := s.d.beginWrite(ctx, s)
		if err == nil || !isBusy(err) {
			return tx, done, err
		}
		waited += busyTimeoutMS * time.Millisecond
		if waited >= nextReport {
			s.waitMu.Lock()
			report := s.onWait
			s.waitMu.Unlock()
			if report != nil {
				report(s.Holder(ctx))
			}
			nextReport = waited + 5*time.Second
		}
		if ctx.Err() != nil {
			return nil, nil, fmt.Errorf("%w: %s", ErrBusy, s.Holder(context.WithoutCancel(ctx)))
		}
	}
}

func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// Activity marks a long write (an import, a suggestion run, a merge) so a
// writer kept waiting can say what holds the project. Call the returned
// end when the work is over.
func (s *Store) Activity(ctx context.Context, who, what string) (end func()) {
	host, _ := os.Hostname()
	var id int64
	// A write like any other (inTx): it waits its turn, saying so, where a
	// statement of its own would wait in SQLite's busy handler and seldom
	// catch a bulk job between two slices.
	err := s.inTx(ctx, func(t *txn) error {
		return t.queryRow("INSERT INTO activity(who, what, host, pid, started) VALUES (?, ?, ?, ?, ?) RETURNING id",
			who, what, host, os.Getpid(), time.Now().Format(time.RFC3339)).Scan(&id)
	})
	if err != nil {
		return func() {} // telling others is a courtesy; the work goes on
	}
	return func() { s.exec(context.Background(), "DELETE FROM activity WHERE id = ?", id) }
}

// Holder says what long write holds the project, as a user would read it:
// "an import of 12,000 articles by ana, started 14:02". Marks left by a
// program of this computer that is gone are passed over.
func (s *Store) Holder(ctx context.Context) string {
	rows, err := s.read.QueryContext(ctx, s.d.rebind("SELECT who, what, host, pid, started FROM activity ORDER BY id DESC"))
	if err != nil {
		return "another program is writing to the project"
	}
	defer rows.Close()
	here, _ := os.Hostname()
	for rows.Next() {
		var who, what, host, started string
		var pid int
		if rows.Scan(&who, &what, &host, &pid, &started) != nil {
			continue
		}
		if host == here && processGone(pid) {
			continue // that program is gone
		}
		at := started
		if t, err := time.Parse(time.RFC3339, started); err == nil {
			at = t.Local().Format("15:04")
		}
		return fmt.Sprintf("%s by %s, started %s, is writing", what, who, at)
	}
	return "another program is writing to the project"
}
