package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// sqliteDialect is the single-file project: SQLite through go-sqlite3.
type sqliteDialect struct{}

func (sqliteDialect) engine() string         { return "SQLite" }
func (sqliteDialect) rebind(q string) string { return q }
func (sqliteDialect) madeOrder() string      { return "rowid" }
func (sqliteDialect) manyCursors() bool      { return true }
func (sqliteDialect) cachesStatements() bool { return true }

// afterCopy has nothing to do: AUTOINCREMENT goes on past the largest id.
func (sqliteDialect) afterCopy(*txn) error { return nil }

func (sqliteDialect) jsonText(col, key string) string {
	return fmt.Sprintf("coalesce(json_extract(%s, '$.%s'), '')", col, key)
}

// lockLayer has nothing to do: every write transaction begins IMMEDIATE,
// holding the file's one write lock.
func (sqliteDialect) lockLayer(*txn, int64, string) error { return nil }

// indexDocuments indexes a batch in one statement, several times faster
// than a trigger row by row. The transaction holds the write lock, so every
// document from first on is one of the batch's.
func (sqliteDialect) indexDocuments(t *txn, first int64) error {
	_, err := t.exec(`INSERT INTO documents_fts(docid, title, text) SELECT seq, title, text FROM documents WHERE seq >= ?`, first)
	return err
}

func (sqliteDialect) search(in string) (string, any, bool) {
	q := ftsQuery(in)
	if q == "" {
		return "", nil, false
	}
	return `SELECT d.id FROM documents_fts f JOIN documents d ON d.seq = f.docid
		WHERE documents_fts MATCH ? ORDER BY d.seq`, q, true
}

// ftsQuery turns what an analyst types into a safe FTS query: each word must
// appear, and the last one may be a prefix of a word, as in a search box.
func ftsQuery(in string) string {
	words := strings.FieldsFunc(in, func(r rune) bool {
		return !(r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	})
	var parts []string
	for i, w := range words {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		if i == len(words)-1 {
			w += "*" // FTS4 takes a prefix inside the quotes: "peso*"
		}
		w = `"` + strings.ReplaceAll(w, `"`, ``) + `"`
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// holdWrites takes the project's write lock and returns its release, or
// nil when another writer holds it past a short wait (a long import in
// another window): a reader should not stall for the busy timeout.
func (sqliteDialect) holdWrites(ctx context.Context, s *Store) (release func()) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 200"); err != nil {
		conn.Close()
		return nil
	}
	_, err = conn.ExecContext(ctx, "BEGIN IMMEDIATE")
	if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA busy_timeout = %d", busyTimeoutMS)); rerr != nil {
		discard(conn)
		return nil
	}
	if err != nil {
		conn.Close()
		return nil
	}
	return func() {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); err != nil {
			discard(conn)
			return
		}
		conn.Close()
	}
}

// lockPoll is how long SQLite's own busy handler waits at a time before a
// writer asks again for the write lock. SQLite backs off to one try every
// 100 ms, so a writer waiting behind a bulk import that commits in batches
// could sleep through every gap between two batches and fail after the
// busy timeout; trying every few milliseconds, it takes the lock in the
// first gap (ingest leaves one after every batch).
const lockPoll = 5 * time.Millisecond

// beginWrite begins an IMMEDIATE transaction, asking for the write lock
// every few milliseconds until the busy timeout has passed.
func (sqliteDialect) beginWrite(ctx context.Context, s *Store) (*sql.Tx, func(), error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	setTimeout := func(ms int64) error {
		_, err := conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA busy_timeout = %d", ms))
		return err
	}
	if err := setTimeout(lockPoll.Milliseconds()); err != nil {
		conn.Close()
		return nil, nil, err
	}
	// Each document of a batch is stored in a savepoint, for which SQLite
	// keeps the pages it changes as they were, in a temporary file by
	// default: that file took three quarters of the bytes suggest --all
	// wrote (1,590 MB for 160 MB of growth at 10,000 articles; 391 MB in
	// memory).
	if _, err := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA temp_store = MEMORY"); err != nil {
		conn.Close()
		return nil, nil, err
	}
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	for {
		tx, err := conn.BeginTx(ctx, nil)
		var se sqlite3.Error
		if err != nil && errors.As(err, &se) && se.Code == sqlite3.ErrBusy && time.Now().Before(deadline) && ctx.Err() == nil {
			continue
		}
		if rerr := setTimeout(busyTimeoutMS); rerr != nil {
			if err == nil {
				tx.Rollback()
			}
			discard(conn)
			return nil, nil, rerr
		}
		if err != nil {
			conn.Close()
			return nil, nil, err
		}
		return tx, func() { conn.Close() }, nil
	}
}
