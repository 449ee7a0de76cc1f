package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// A team project's search mirror is a private SQLite file on the analyst's
// machine holding the project's titles and texts in the project file's
// full-text index: a word or phrase is matched there, as in a project
// file, while the annotation filters stay on the server, which holds them.
// The server's index holds no positions, so a phrase, or a word in every
// article, had it open every candidate's vector (240 ms at 100,000
// articles); the mirror answers in the time a project file does.
//
// It can be kept in step by seq alone because a team project's documents
// are never changed or deleted: the store has no statement that does
// either, and the server refuses both to analysts' logins (their role may
// only read documents). It is filled in the background after the project
// opens, a batch a transaction, its progress kept in the file, so a fill
// that was killed resumes; each search first reads what was added since
// (seq > the last one held). Until it has caught up, searches run on the
// server as before: results never depend on the mirror's state.

// EnvSearchMirror names the folder that holds team projects' search
// mirrors (default: os.UserCacheDir()/newsmark/mirrors); "off" searches on
// the server alone. Tests and benchmarks point it at a temporary folder.
const EnvSearchMirror = "NEWSMARK_SEARCH_MIRROR"

// mirrorBatch is how many documents one transaction of the fill copies,
// and how many a search brings in before it asks the mirror: with more
// waiting (another analyst's large import), the search runs on the server
// while the fill catches up.
var mirrorBatch = 500

// mirrorRetry is how long the fill waits after the server failed it.
const mirrorRetry = 5 * time.Second

// gapConfirm is how long after a gap was first seen it is looked at again
// to take the snapshot that decides it (see mirror.pull).
var gapConfirm = time.Second

// mirrorAfterBatch, when set (tests), is told the last seq held after each
// batch of the fill.
var mirrorAfterBatch func(last int64)

// mirrorFolder is where mirrors live; "" when they are off.
func mirrorFolder() string {
	switch v := os.Getenv(EnvSearchMirror); v {
	case "off":
		return ""
	case "":
		dir, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(dir, "newsmark", "mirrors")
	default:
		return v
	}
}

// mirror is a team project's search mirror (see above).
type mirror struct {
	s    *Store
	dir  string
	ctx  context.Context
	stop context.CancelFunc
	done chan struct{}
	kick chan struct{} // wakes the fill: behind again, or broken

	// ready tells searches they may use the file: it has caught up.
	ready atomic.Bool
	// pulled counts the documents read from the server, answered the
	// searches the mirror answered (tests).
	pulled, answered atomic.Int64

	// mu guards the fields below and orders the file's writers in this
	// process (another process with the project open writes the same
	// file: its state is read inside each write transaction).
	mu     sync.Mutex
	path   string
	db     *sql.DB
	failed error // a search found the file unusable: rebuild it
}

// mirrorFileError is a failure of the mirror's own file (corrupt, not a
// database, unwritable), as against the server's.
type mirrorFileError struct{ err error }

func (e *mirrorFileError) Error() string { return e.err.Error() }
func (e *mirrorFileError) Unwrap() error { return e.err }

func fileErr(err error) error {
	if err == nil {
		return nil
	}
	return &mirrorFileError{err}
}

// startMirror opens s's search mirror in dir and starts filling it.
func startMirror(s *Store, dir string) *mirror {
	ctx, stop := context.WithCancel(context.Background())
	m := &mirror{s: s, dir: dir, ctx: ctx, stop: stop, done: make(chan struct{}), kick: make(chan struct{}, 1)}
	go m.run()
	return m
}

// close stops the fill and closes the file.
func (m *mirror) close() {
	if m == nil {
		return
	}
	m.stop()
	<-m.done
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.db != nil {
		m.db.Close()
		m.db = nil
	}
}

func (m *mirror) wake() {
	select {
	case m.kick <- struct{}{}:
	default:
	}
}

// run fills the mirror, then waits until it is behind or broken again. A
// broken file is set aside and rebuilt once; should that fail too, the
// project is searched on the server until it is opened again.
func (m *mirror) run() {
	defer close(m.done)
	rebuilt := false
	for m.ctx.Err() == nil {
		err := m.fill()
		if m.ctx.Err() != nil {
			return
		}
		var fe *mirrorFileError
		switch {
		case err == nil:
			rebuilt = false
			select {
			case <-m.kick:
			case <-m.ctx.Done():
			}
		case errors.As(err, &fe) && rebuilt:
			log.Printf("search mirror %s: %v; searching on the server", m.path, err)
			m.remove()
			return
		case errors.As(err, &fe):
			log.Printf("search mirror %s: %v; rebuilding it, searching on the server meanwhile", m.path, err)
			m.remove()
			rebuilt = true
		default:
			select {
			case <-time.After(mirrorRetry):
			case <-m.kick:
			case <-m.ctx.Done():
			}
		}
	}
}

// fill opens the file when it is not open and copies what the server has
// that it lacks, a batch a transaction, until it has caught up.
func (m *mirror) fill() error {
	m.mu.Lock()
	err := m.failed
	m.failed = nil
	if err == nil && m.db == nil {
		err = m.open(m.ctx)
	}
	m.mu.Unlock()
	if err != nil {
		return err
	}
	for {
		m.mu.Lock()
		n, last, err := m.pull(m.ctx, mirrorBatch)
		m.mu.Unlock()
		if err != nil {
			return err
		}
		if mirrorAfterBatch != nil {
			mirrorAfterBatch(last)
		}
		if n < mirrorBatch {
			m.ready.Store(true)
			return nil
		}
	}
}

// remove closes and deletes the file; the next fill starts a new one.
func (m *mirror) remove() {
	m.ready.Store(false)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.db != nil {
		m.db.Close()
		m.db = nil
	}
	if m.path != "" {
		for _, p := range []string{m.path, m.path + "-wal", m.path + "-shm"} {
			os.Remove(p)
		}
	}
}

// mirrorSchema is the mirror file's schema: the project file's full-text
// index without a copy of the texts (contentless: it matches, and returns
// the seq as docid), each document's id by seq, the fill's progress, and
// the seqs not there when a later one was read (gaps).
var mirrorSchema = `
CREATE TABLE IF NOT EXISTS mirror_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (seq INTEGER PRIMARY KEY, id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS gaps (seq INTEGER PRIMARY KEY, xmax INTEGER NOT NULL, seen INTEGER NOT NULL, confirmed INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts4(content="", ` + ftsColumns + `);
`

// mirrorApplicationID marks a mirror file ("NMRS"), told apart from a
// project file.
const mirrorApplicationID = 0x4E4D5253

// open finds the project's mirror file, creating it readable by its owner
// only, and checks that it is this project's.
func (m *mirror) open(ctx context.Context) error {
	ident, err := m.identity(ctx)
	if err != nil {
		return err
	}
	sum := sha256.Sum256([]byte(ident))
	m.path = filepath.Join(m.dir, hex.EncodeToString(sum[:12])+".mirror")
	if err := os.MkdirAll(m.dir, 0o700); err != nil {
		return fileErr(err)
	}
	if f, err := os.OpenFile(m.path, os.O_RDWR|os.O_CREATE, 0o600); err != nil {
		return fileErr(err)
	} else {
		f.Close()
	}
	// A lost commit costs a batch read again, never a wrong answer: the
	// progress is in the same transaction as the documents.
	db, err := sql.Open("sqlite3", fileURI(m.path, "_journal_mode=WAL&_synchronous=NORMAL&_busy_timeout=5000&_txlock=immediate"))
	if err != nil {
		return fileErr(err)
	}
	check := func() error {
		var app int
		if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
			return err
		}
		if app != 0 && app != mirrorApplicationID {
			return fmt.Errorf("not a search mirror (application id %#x)", app)
		}
		if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", mirrorApplicationID)); err != nil {
			return err
		}
		if _, err := db.ExecContext(ctx, mirrorSchema); err != nil {
			return err
		}
		var have string
		err := db.QueryRowContext(ctx, "SELECT value FROM mirror_state WHERE key = 'project'").Scan(&have)
		if errors.Is(err, sql.ErrNoRows) {
			_, err = db.ExecContext(ctx, "INSERT INTO mirror_state(key, value) VALUES ('project', ?)", ident)
			return err
		}
		if err != nil {
			return err
		}
		if have != ident {
			return fmt.Errorf("it is another project's (%s)", have)
		}
		return nil
	}
	if err := check(); err != nil {
		db.Close()
		return fileErr(err)
	}
	// The project may have been made again under the same name: the last
	// document held must be the server's.
	var seq int64
	var id string
	err = db.QueryRowContext(ctx, "SELECT seq, id FROM docs ORDER BY seq DESC LIMIT 1").Scan(&seq, &id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		db.Close()
		return fileErr(err)
	}
	if err == nil {
		var server string
		err := m.s.read.QueryRowContext(ctx, "SELECT id FROM documents WHERE seq = $1", seq).Scan(&server)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			db.Close()
			return err
		}
		if server != id {
			db.Close()
			return fileErr(fmt.Errorf("it holds %s as document %d, the server %q", id, seq, server))
		}
		// Nor may documents have been deleted behind Newsmark's back (by
		// hand, as the project's owner).
		var held, have int64
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM docs").Scan(&held); err != nil {
			db.Close()
			return fileErr(err)
		}
		if err := m.s.read.QueryRowContext(ctx, "SELECT count(*) FROM documents").Scan(&have); err != nil {
			db.Close()
			return err
		}
		if held > have {
			db.Close()
			return fileErr(fmt.Errorf("it holds %d documents, the server %d", held, have))
		}
	}
	m.db = db
	return nil
}

// identity names the server project: the cluster's system identifier
// (where this login may read it), database, schema and project id.
func (m *mirror) identity(ctx context.Context) (string, error) {
	var cluster, db, schema, project string
	q := `SELECT %s, current_database(), current_schema(), coalesce((SELECT value FROM settings WHERE key = 'project_id'), '')`
	err := m.s.read.QueryRowContext(ctx, fmt.Sprintf(q, "(SELECT system_identifier::text FROM pg_control_system())")).Scan(&cluster, &db, &schema, &project)
	if err != nil {
		cluster = m.s.server
		err = m.s.read.QueryRowContext(ctx, fmt.Sprintf(q, "''")).Scan(new(string), &db, &schema, &project)
	}
	if err != nil {
		return "", err
	}
	return cluster + "/" + db + "/" + schema + "/" + project, nil
}

// mirrorDoc is one document as the mirror takes it.
type mirrorDoc struct {
	seq             int64
	id, title, text string
}

// mirrorGap is a seq missing below the last one held.
type mirrorGap struct {
	xmax      uint64 // the server's next transaction id when it was looked at
	seen      int64  // when it was first seen missing (Unix ms)
	confirmed bool
}

// pull copies from the server up to limit documents past the last one
// held, and the gaps that have since committed, in one transaction of the
// file; n is how many came past the last one, last the last one now.
//
// A document takes its seq when it is inserted, not when it commits, so a
// seq below the last one read may commit later (docIDs has the same
// problem). Every seq missing below the last one is kept as a gap and
// asked for again at each pull, until the server's snapshot shows that the
// transaction that could have held it has ended: a pull whose oldest
// running transaction is newer than every transaction that was running
// when the gap was confirmed missing (a second look, gapConfirm after the
// first, once the inserting transaction surely has its id). A gap left
// then is for good (a rolled-back import).
func (m *mirror) pull(ctx context.Context, limit int) (n int, last int64, err error) {
	if m.db == nil {
		return 0, 0, errors.New("search mirror not open")
	}
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, fileErr(err)
	}
	defer tx.Rollback()
	var lastText string
	switch err := tx.QueryRowContext(ctx, "SELECT value FROM mirror_state WHERE key = 'last'").Scan(&lastText); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return 0, 0, fileErr(err)
	default:
		if last, err = strconv.ParseInt(lastText, 10, 64); err != nil {
			return 0, 0, fileErr(fmt.Errorf("progress %q", lastText))
		}
	}
	gaps := map[int64]mirrorGap{}
	rows, err := tx.QueryContext(ctx, "SELECT seq, xmax, seen, confirmed FROM gaps")
	if err != nil {
		return 0, 0, fileErr(err)
	}
	for rows.Next() {
		var seq int64
		var g mirrorGap
		if err := rows.Scan(&seq, &g.xmax, &g.seen, &g.confirmed); err != nil {
			rows.Close()
			return 0, 0, fileErr(err)
		}
		gaps[seq] = g
	}
	if err := closeRows(rows); err != nil {
		return 0, 0, fileErr(err)
	}
	asked := make([]int64, 0, len(gaps))
	for seq := range gaps {
		asked = append(asked, seq)
	}
	docs, xmin, xmax, err := m.read(ctx, last, asked, limit)
	if err != nil {
		return 0, last, err
	}
	m.pulled.Add(int64(len(docs)))
	from := last
	got := map[int64]bool{}
	for _, d := range docs {
		got[d.seq] = true
		if d.seq > last {
			n++
			last = d.seq
		}
	}
	if len(docs) == 0 && len(gaps) == 0 {
		return 0, last, nil
	}
	addDoc, err := tx.PrepareContext(ctx, "INSERT OR IGNORE INTO docs(seq, id) VALUES (?, ?)")
	if err != nil {
		return 0, 0, fileErr(err)
	}
	defer addDoc.Close()
	index, err := tx.PrepareContext(ctx, "INSERT INTO documents_fts(docid, title, text) VALUES (?, ?, ?)")
	if err != nil {
		return 0, 0, fileErr(err)
	}
	defer index.Close()
	for _, d := range docs {
		res, err := addDoc.ExecContext(ctx, d.seq, d.id)
		if err != nil {
			return 0, 0, fileErr(err)
		}
		if k, _ := res.RowsAffected(); k == 0 {
			continue // held already (another window's fill)
		}
		if _, err := index.ExecContext(ctx, d.seq, d.title, d.text); err != nil {
			return 0, 0, fileErr(err)
		}
	}
	now := time.Now().UnixMilli()
	for seq, g := range gaps {
		switch {
		case got[seq]:
			delete(gaps, seq)
		case !g.confirmed && now-g.seen >= gapConfirm.Milliseconds():
			g.xmax, g.confirmed = xmax, true
			gaps[seq] = g
		case g.confirmed && xmin >= g.xmax:
			delete(gaps, seq)
		}
	}
	for seq := from + 1; seq < last; seq++ {
		if !got[seq] {
			gaps[seq] = mirrorGap{xmax: xmax, seen: now}
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM gaps"); err != nil {
		return 0, 0, fileErr(err)
	}
	for seq, g := range gaps {
		if _, err := tx.ExecContext(ctx, "INSERT INTO gaps(seq, xmax, seen, confirmed) VALUES (?, ?, ?, ?)", seq, g.xmax, g.seen, g.confirmed); err != nil {
			return 0, 0, fileErr(err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO mirror_state(key, value) VALUES ('last', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", strconv.FormatInt(last, 10)); err != nil {
		return 0, 0, fileErr(err)
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, fileErr(err)
	}
	return n, last, nil
}

// read reads from the server the documents of the gaps and up to limit
// past last, in seq order, with its snapshot's oldest running transaction
// and next transaction id, all in one statement (one snapshot).
func (m *mirror) read(ctx context.Context, last int64, gaps []int64, limit int) (docs []mirrorDoc, xmin, xmax uint64, err error) {
	rows, err := m.s.read.QueryContext(ctx, `
SELECT -1::bigint, '', pg_snapshot_xmin(pg_current_snapshot())::text, pg_snapshot_xmax(pg_current_snapshot())::text
UNION ALL (SELECT seq, id, title, text FROM documents WHERE seq = ANY($2::bigint[]))
UNION ALL (SELECT seq, id, title, text FROM documents WHERE seq > $1 ORDER BY seq LIMIT $3)`, last, gaps, limit)
	if err != nil {
		return nil, 0, 0, err
	}
	for rows.Next() {
		var d mirrorDoc
		if err := rows.Scan(&d.seq, &d.id, &d.title, &d.text); err != nil {
			rows.Close()
			return nil, 0, 0, err
		}
		if d.seq == -1 {
			if xmin, err = strconv.ParseUint(d.title, 10, 64); err == nil {
				xmax, err = strconv.ParseUint(d.text, 10, 64)
			}
			if err != nil {
				rows.Close()
				return nil, 0, 0, fmt.Errorf("the server's snapshot: %w", err)
			}
			continue
		}
		docs = append(docs, d)
	}
	if err := closeRows(rows); err != nil {
		return nil, 0, 0, err
	}
	slices.SortFunc(docs, func(a, b mirrorDoc) int { return int(a.seq - b.seq) })
	return docs, xmin, xmax, nil
}

// current brings the mirror up to date for a search and tells whether the
// search may use it: not while the fill has not caught up, nor when more
// than a batch was added since (the fill takes that on), nor when the file
// failed (it is rebuilt).
func (m *mirror) current(ctx context.Context) bool {
	if m == nil || !m.ready.Load() {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.db == nil {
		return false
	}
	n, _, err := m.pull(ctx, mirrorBatch)
	var fe *mirrorFileError
	switch {
	case ctx.Err() != nil:
		return false // the analyst typed on
	case errors.As(err, &fe):
		m.broken(err)
		return false
	case err != nil:
		return false // the server's; the search on the server says it
	case n >= mirrorBatch:
		m.ready.Store(false)
		m.wake()
		return false
	}
	return true
}

// broken sets the file aside for the fill to rebuild; m.mu is held.
func (m *mirror) broken(err error) {
	m.ready.Store(false)
	m.failed = err
	m.wake()
}

// match is the sorted seqs of set, a compound SELECT on the mirror's
// tables with ?N placeholders; ok is false when the file failed.
func (m *mirror) match(ctx context.Context, set string, args []any) (seqs []int64, ok bool) {
	m.mu.Lock()
	db := m.db
	m.mu.Unlock()
	if db == nil {
		return nil, false
	}
	var list sql.NullString
	err := db.QueryRowContext(ctx, sqliteDialect{}.seqList(set), args...).Scan(&list)
	if err == nil {
		seqs, err = parseSeqs(list.String)
	}
	if err != nil {
		if ctx.Err() == nil {
			m.mu.Lock()
			m.broken(err)
			m.mu.Unlock()
		}
		return nil, false
	}
	slices.Sort(seqs)
	return seqs, true
}

// MirrorStatus is what a team project's search mirror holds.
type MirrorStatus struct {
	Path  string // the file; "" when the project has none
	Ready bool   // caught up: text searches use it
	Docs  int64  // documents held
	Bytes int64  // size on disk, its log included
}

// SearchMirror tells what the project's search mirror holds.
func (s *Store) SearchMirror(ctx context.Context) (MirrorStatus, error) {
	m := s.mirror
	if m == nil {
		return MirrorStatus{}, nil
	}
	m.mu.Lock()
	db, path := m.db, m.path
	m.mu.Unlock()
	st := MirrorStatus{Path: path, Ready: m.ready.Load()}
	if db != nil {
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM docs").Scan(&st.Docs); err != nil {
			return st, err
		}
	}
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil && path != "" {
			st.Bytes += fi.Size()
		}
	}
	return st, nil
}

// WaitSearchMirror waits until the project's search mirror has caught up
// with the server, or ctx ends; it returns at once for a project without
// one.
func (s *Store) WaitSearchMirror(ctx context.Context) error {
	if s.mirror == nil {
		return nil
	}
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for !s.mirror.ready.Load() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.mirror.done:
			return errors.New("the search mirror stopped")
		case <-t.C:
		}
	}
	return nil
}
