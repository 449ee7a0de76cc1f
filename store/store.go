// Package store keeps a Newsmark project in one SQLite file: documents,
// annotations, settings and the append-only event log that undo, redo and
// audit read. It is SQLite and nothing else; the domain lives in annotate.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// ErrNewerSchema means the project file was written by a newer Newsmark.
var ErrNewerSchema = errors.New("project file is from a newer version of Newsmark")

// ErrNotFound means the document, span or event asked for does not exist.
var ErrNotFound = errors.New("not found")

// Store is an open project file. Its methods are safe for concurrent use.
type Store struct {
	// db makes the edits: its transactions begin IMMEDIATE, taking the
	// write lock at once, so two writers queue instead of failing when one
	// upgrades a read to a write.
	db *sql.DB
	// read runs read transactions. They begin DEFERRED: in WAL mode such a
	// transaction reads one snapshot and takes no lock a writer waits for,
	// so a long export never holds up an analyst's edits.
	read *sql.DB
	// ckpt checkpoints a project file's log off the writers' way (nil on
	// a server and for a file opened read-only).
	ckpt *checkpointer
	path string // the file, or the server's connection string without its password
	d    dialect
	// server is where a team project lives (host:port/database), for
	// messages; empty for a file.
	server string
	// listen is how Watch connects to the server for its notifications
	// (nil for a file). It holds the password in memory only.
	listen *pgx.ConnConfig

	readOnly bool // see ReadOnly

	waitMu sync.Mutex
	onWait func(holder string) // see SetWaitReporter

	// bulkMu guards bulkDone, when the last bulk transaction (a batch of
	// an import or of suggestions) committed.
	bulkMu   sync.Mutex
	bulkDone time.Time
	// waiters are the writers waiting for a project file's lock, as bulk
	// jobs see them (nil on a server and for a file opened read-only).
	waiters *waiters

	// kept are the statements of bulk suggestions, prepared once
	// (keep).
	kept sync.Map

	// ids is every document's id by seq, for Search (docIDs).
	ids docIDs

	// mirror is a team project's search mirror (nil for a file, or when
	// mirrors are off).
	mirror *mirror
}

// bulkGap is the least time between two bulk transactions of one store:
// long enough for a writer waiting for the file's lock, which asks every
// lockPoll (half a millisecond, more when the machine is busy), to take it
// between two slices, whether or not it could say it waits (waiters.go).
const bulkGap = 2 * time.Millisecond

// bulkSlice is how long one transaction of a bulk job holds a file's write
// lock at most where waiting writers cannot be seen (waiters.go), or are
// stale (a document begun is finished): an analyst's edit waiting behind
// an import or a suggestion run is saved within about that, plus a commit.
// Where they are seen, a slice goes on up to bulkHold while nobody waits.
const bulkSlice = 4 * time.Millisecond

// EnvDB is the environment variable that names the project file.
const EnvDB = "NEWSMARK_DB"

// DefaultPath is the project opened when nothing else is named:
// $XDG_DATA_HOME/newsmark/default.newsmark (~/.local/share when unset) on
// Linux and BSD, the platform's application data folder elsewhere.
func DefaultPath() string {
	home, _ := os.UserHomeDir()
	var dir string
	switch runtime.GOOS {
	case "windows":
		dir = os.Getenv("LOCALAPPDATA")
		if dir == "" {
			dir = filepath.Join(home, "AppData", "Local")
		}
	case "darwin":
		dir = filepath.Join(home, "Library", "Application Support")
	default:
		dir = os.Getenv("XDG_DATA_HOME")
		if dir == "" || !filepath.IsAbs(dir) {
			dir = filepath.Join(home, ".local", "share")
		}
	}
	return filepath.Join(dir, "newsmark", "default.newsmark")
}

// Resolve picks the project file: the --db flag, else $NEWSMARK_DB, else the
// last project the GUI opened (empty for the command line), else DefaultPath.
func Resolve(flag, lastOpened string) string {
	for _, p := range []string{flag, os.Getenv(EnvDB), lastOpened} {
		if p != "" {
			return p
		}
	}
	return DefaultPath()
}

// Open opens a project: a team project on a PostgreSQL server when path is
// a postgres:// connection string, else the project file at path, creating
// it (readable by its owner only) and its folder when missing. An older
// project is migrated; one from a newer version is refused with
// ErrNewerSchema.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open project: no file name")
	}
	if IsServer(path) {
		return openServer(context.Background(), path, mirrorFolder())
	}
	return openFile(path)
}

// busyTimeoutMS is how long SQLite waits for a lock another holds before
// it hands the wait back to us (beginWrite waits on, saying why).
const busyTimeoutMS = 2000

// fileURI is the SQLite URI of the file at path with the driver's
// parameters: the characters a URI gives a meaning to are escaped, so a
// folder named "drafts #2" or "50% done" opens the file it names.
func fileURI(path, params string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + esc.Replace(path) + "?" + params
}

// Path is the project file's path, or the team project's connection
// string without its password.
func (s *Store) Path() string { return s.path }

// Close closes the project.
func (s *Store) Close() error {
	s.mirror.close()
	s.stopCheckpointer()
	defer s.waiters.close()
	var rerr error
	if s.read != s.db {
		rerr = s.read.Close()
	}
	if err := s.db.Close(); err != nil {
		return err
	}
	return rerr
}

// IntegrityCheck runs SQLite's integrity check and returns its verdict
// ("ok" when the file is sound).
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	if s.server != "" {
		return "ok", nil // the server keeps its own files sound
	}
	var res string
	err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res)
	return res, err
}

// Setting reads a project setting; ok is false when it was never set.
func (s *Store) Setting(ctx context.Context, key string) (value string, ok bool, err error) {
	err = s.queryRow(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return value, err == nil, err
}

// SetSetting writes a project setting.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	err := s.exec(ctx, "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value)
	return s.explain(err)
}

// inTx runs fn in one write transaction, committed when fn returns nil.
// When another program holds the project's write lock (a file has one
// writer at a time), it waits its turn, however long, until ctx ends,
// telling the store's wait reporter what holds the project.
func (s *Store) inTx(ctx context.Context, fn func(t *txn) error) error {
	tx, done, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer done()
	t := &txn{ctx: ctx, sctx: context.WithoutCancel(ctx), tx: tx, d: s.d}
	defer t.closeStmts()
	if err := fn(t); err != nil {
		tx.Rollback()
		return err
	}
	t.closeStmts()
	if err := tx.Commit(); err != nil {
		return err
	}
	s.committed()
	return nil
}

// SettingAnalyst is the project setting naming the project's analyst: the
// one who first worked in it, whose layer the command line reads and writes
// unless told otherwise.
const SettingAnalyst = "analyst"

// EnsureSetting returns a project setting, first writing def when the
// setting was never set: one transaction, so two processes opening a new
// project agree on the value.
func (s *Store) EnsureSetting(ctx context.Context, key, def string) (string, error) {
	if s.readOnly {
		v, ok, err := s.Setting(ctx, key)
		if !ok {
			v = def
		}
		return v, err
	}
	// Set already: read, not written, so an analyst's login on a team
	// server (which may not write settings) gets it too.
	if v, ok, err := s.Setting(ctx, key); err == nil && ok {
		return v, nil
	}
	var value string
	err := s.inTx(ctx, func(t *txn) error {
		if _, err := t.exec("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO NOTHING", key, def); err != nil {
			return err
		}
		return t.queryRow("SELECT value FROM settings WHERE key = ?", key).Scan(&value)
	})
	if errors.Is(s.explain(err), ErrForbidden) {
		// An analyst's login on a team server may not write settings: one
		// never set is the default until the project's owner sets it.
		return def, nil
	}
	if err != nil {
		return "", fmt.Errorf("project setting %s: %w", key, err)
	}
	return value, nil
}
