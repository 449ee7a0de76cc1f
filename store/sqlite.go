package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"newsmark/annotate/search"
)

// sqliteDialect is the single-file project: SQLite through go-sqlite3.
type sqliteDialect struct{}

func (sqliteDialect) engine() string             { return "SQLite" }
func (sqliteDialect) rebind(q string) string     { return q }
func (sqliteDialect) rebindOnce(q string) string { return q }
func (sqliteDialect) madeOrder() string          { return "rowid" }
func (sqliteDialect) manyCursors() bool          { return true }
func (sqliteDialect) cachesStatements() bool     { return true }

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

// textMatch asks the FTS4 index (unicode61 folds case and accents): a
// word is "word", a prefix "word*", a phrase "several words in order".
func (sqliteDialect) textMatch(terms []search.Term) (string, any) {
	parts := make([]string, len(terms))
	for i, t := range terms {
		w := strings.Join(search.Words(t.Text), " ")
		if t.Prefix {
			w += "*"
		}
		parts[i] = `"` + w + `"`
	}
	return "SELECT docid FROM documents_fts WHERE documents_fts MATCH ?", strings.Join(parts, " ")
}

func (sqliteDialect) searchSettings() string { return "" }

func (sqliteDialect) seqList(set string) string {
	return "WITH m(seq) AS (" + set + ") SELECT group_concat(seq) FROM m"
}

// holdWrites takes the project's write lock and returns its release, or
// nil when another writer holds it past a short wait (a long import in
// another window): a reader should not stall for the busy timeout.
func (sqliteDialect) shareSnapshot(ctx context.Context, s *Store) (release func(), snapshot string) {
	return holdWrites(ctx, s), ""
}

func holdWrites(ctx context.Context, s *Store) (release func()) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 200"); err != nil {
		conn.Close()
		return nil
	}
	// It says it waits before it asks, as SQLite's busy handler waits
	// inside the BEGIN (200 ms at most): a bulk job holding the lock then
	// commits and lets it in at once; with the lock free, nobody looks.
	s.waiters.announce(waiterEdit)
	_, err = conn.ExecContext(ctx, "BEGIN IMMEDIATE")
	s.waiters.withdraw(waiterEdit)
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

// applicationID marks a SQLite file as a Newsmark project (PRAGMA
// application_id, "NMRK"), so another program's database is never taken
// for one.
const applicationID = 0x4E4D524B

// ErrNotProject means a file is not a Newsmark project: another program's
// database, or not a database at all. It was left as it was.
var ErrNotProject = errors.New("is not a Newsmark project")

// ErrReadOnly means the project could be read but not written.
var ErrReadOnly = errors.New("the project is read-only: nothing can be saved to it")

// openFile opens the project file at path. A missing file is created,
// readable by its owner only, with its folder. An existing file is first
// looked at without writing: only a Newsmark project is opened (another
// program's SQLite file, or any other file, is refused and left
// byte-identical), and a file that cannot be written is opened read-only.
func openFile(path string) (*Store, error) {
	fail := func(err error) (*Store, error) { return nil, fmt.Errorf("open project %s: %w", path, err) }
	readOnly := false
	switch fi, err := os.Stat(path); {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return fail(err)
		}
		// Create the file ourselves so it is 0600 from the first byte;
		// SQLite gives its -wal and -shm files the same permissions.
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return fail(err)
		}
		f.Close()
	case err != nil:
		return fail(err)
	case !fi.Mode().IsRegular():
		return fail(fmt.Errorf("%w: it is not a regular file", ErrNotProject))
	case fi.Size() > 0:
		if err := checkProjectFile(path); err != nil {
			return fail(err)
		}
		if f, err := os.OpenFile(path, os.O_RDWR, 0); err != nil {
			if !errors.Is(err, os.ErrPermission) && !errors.Is(err, syscall.EROFS) {
				return fail(err)
			}
			readOnly = true
		} else {
			f.Close()
		}
	}
	if readOnly {
		return openReadOnly(path)
	}
	// synchronous=FULL: in WAL mode every commit is fsynced, so an edit the
	// UI shows as saved survives a power cut too, not only a crash.
	db, err := sql.Open("sqlite3", fileURI(path, fmt.Sprintf("_foreign_keys=on&_busy_timeout=%d&_journal_mode=WAL&_synchronous=FULL&_txlock=immediate", busyTimeoutMS)))
	if err != nil {
		return fail(err)
	}
	s := &Store{db: db, path: path, d: sqliteDialect{}, waiters: openWaiters(path)}
	abandon := func(err error) (*Store, error) {
		s.waiters.close()
		db.Close()
		return fail(err)
	}
	if err := s.migrate(context.Background(), len(migrations)); err != nil {
		return abandon(s.explain(err))
	}
	var app int
	if err := db.QueryRow("PRAGMA application_id").Scan(&app); err != nil {
		return abandon(s.explain(err))
	}
	if app != applicationID {
		if err := s.exec(context.Background(), fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return abandon(s.explain(err))
		}
	}
	s.read, err = sql.Open("sqlite3", fileURI(path, fmt.Sprintf("_foreign_keys=on&_busy_timeout=%d&_txlock=deferred&_query_only=1", busyTimeoutMS)))
	if err != nil {
		return abandon(err)
	}
	s.startCheckpointer()
	return s, nil
}

// checkProjectFile looks at an existing file without changing it: a
// Newsmark project has our application id, or (written before the id) a
// schema version and Newsmark's tables.
func checkProjectFile(path string) error {
	// Read-only, but through the write-ahead log: a project another window
	// has open keeps its latest pages there. Where even that cannot be
	// opened (a read-only folder), the file alone.
	var app, version, tables int
	var err error
	for _, mode := range []string{"mode=ro", "mode=ro&immutable=1"} {
		var db *sql.DB
		if db, err = sql.Open("sqlite3", fileURI(path, mode)); err != nil {
			return err
		}
		err = db.QueryRow(`SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version),
			(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'events', 'settings'))`).Scan(&app, &version, &tables)
		db.Close()
		if err == nil {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNotProject, oneLine(err.Error()))
	}
	switch {
	case app == applicationID:
		return nil
	case app != 0:
		return fmt.Errorf("%w: it belongs to another program (application id %#x); it was left unchanged", ErrNotProject, app)
	case version >= 1 && tables == 3:
		return nil // a project from before the application id
	}
	return fmt.Errorf("%w: it is another program's SQLite database; it was left unchanged", ErrNotProject)
}

// openReadOnly opens a project that cannot be written (a read-only file or
// medium): it can be listed, searched and exported; every write fails
// with ErrReadOnly. A project too old for this Newsmark cannot be migrated
// there, and is refused.
func openReadOnly(path string) (*Store, error) {
	db, err := sql.Open("sqlite3", fileURI(path, fmt.Sprintf("mode=ro&immutable=1&_query_only=1&_busy_timeout=%d", busyTimeoutMS)))
	if err != nil {
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	var have int
	if err := db.QueryRow("PRAGMA user_version").Scan(&have); err != nil {
		db.Close()
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	if have != len(migrations) {
		db.Close()
		if have > len(migrations) {
			return nil, fmt.Errorf("open project %s: %w: it has schema version %d and this Newsmark knows up to %d; update Newsmark to open it",
				path, ErrNewerSchema, have, len(migrations))
		}
		return nil, fmt.Errorf("open project %s: it was written by an older Newsmark and is read-only, so it cannot be updated: copy it to a folder you can write to", path)
	}
	return &Store{db: db, read: db, path: path, d: sqliteDialect{}, readOnly: true}, nil
}

// ReadOnly tells whether the project can only be read.
func (s *Store) ReadOnly() bool { return s.readOnly }

// lockPoll is how long a writer waits before it asks again for the write
// lock another holds. SQLite's own busy handler sleeps 1, 2, 5, 10 … up to
// 100 ms between tries, so a writer waiting behind a bulk job that commits
// in slices slept past most gaps between two slices: an analyst's edit
// waited 5.2 ms (p50) for the lock during an import. Asking every half
// millisecond, it takes the lock in the first gap, which bulkGap keeps
// wide enough for that; and a bulk job that sees it wait (waiters.go)
// commits and waits for it.
const lockPoll = 500 * time.Microsecond

// beginWrite begins an IMMEDIATE transaction, asking for the write lock
// every lockPoll until the busy timeout has passed.
func (sqliteDialect) beginWrite(ctx context.Context, s *Store) (*sql.Tx, func(), error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	setTimeout := func(ms int64) error {
		_, err := conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA busy_timeout = %d", ms))
		return err
	}
	if err := setTimeout(0); err != nil {
		conn.Close()
		return nil, nil, err
	}
	// Each document of a batch is stored in a savepoint, for which SQLite
	// keeps the pages it changes as they were, in a temporary file by
	// default: that file took three quarters of the bytes suggest --all
	// wrote (1,590 MB for 160 MB of growth at 10,000 articles; 391 MB in
	// memory).
	//
	// Checkpoints are the store's checkpointer's (checkpoint.go), never a
	// commit's.
	if _, err := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0"); err != nil {
		conn.Close()
		return nil, nil, err
	}
	release := func() { conn.Close() }
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	// A writer that finds the lock taken says it waits, so a bulk job
	// holding it commits and lets it in (waiters.go), and says so no more
	// once it has the lock or gives up.
	kind, waiting := kindOf(ctx), false
	for {
		tx, err := conn.BeginTx(ctx, nil)
		var se sqlite3.Error
		if err != nil && errors.As(err, &se) && se.Code == sqlite3.ErrBusy && time.Now().Before(deadline) && ctx.Err() == nil {
			if !waiting {
				s.waiters.announce(kind)
				waiting = true
			}
			select {
			case <-time.After(lockPoll):
			case <-ctx.Done():
			}
			continue
		}
		if waiting {
			s.waiters.withdraw(kind)
		}
		if rerr := setTimeout(busyTimeoutMS); rerr != nil {
			if err == nil {
				tx.Rollback()
			}
			discard(conn)
			return nil, nil, rerr
		}
		if err != nil {
			release()
			return nil, nil, err
		}
		return tx, release, nil
	}
}
