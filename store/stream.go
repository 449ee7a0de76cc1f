package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"runtime"
	"sync"

	sqlite3 "github.com/mattn/go-sqlite3"

	"newsmark/annotate"
)

// rawRows reads a query's rows straight from the SQLite driver. A
// whole-project read steps through millions of rows, and database/sql's
// per-row locking and conversions would cost a third of its time; the
// driver already hands out the row's values as Go values.
type rawRows struct {
	rows driver.Rows
	vals []driver.Value
}

func queryRaw(ctx context.Context, c *sqlite3.SQLiteConn, q string, args ...any) (*rawRows, error) {
	named := make([]driver.NamedValue, len(args))
	for i, a := range args {
		named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	rows, err := c.QueryContext(ctx, q, named)
	if err != nil {
		return nil, err
	}
	return &rawRows{rows: rows, vals: make([]driver.Value, len(rows.Columns()))}, nil
}

// next moves to the next row; it returns false at the end.
func (r *rawRows) next() (bool, error) {
	switch err := r.rows.Next(r.vals); err {
	case nil:
		return true, nil
	case io.EOF:
		return false, nil
	default:
		return false, err
	}
}

func (r *rawRows) close() error { return r.rows.Close() }

// str is column i as text ("" for NULL).
func (r *rawRows) str(i int) string {
	switch v := r.vals[i].(type) {
	case string:
		return v
	case []byte:
		return string(v)
	case nil:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

// int is column i as an integer; ok is false for NULL.
func (r *rawRows) int(i int) (n int64, ok bool) {
	switch v := r.vals[i].(type) {
	case int64:
		return v, true
	case float64:
		return int64(v), true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func (r *rawRows) float(i int) float64 {
	switch v := r.vals[i].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

// cursor walks one table ordered by document, so a whole-project read is
// one pass over each table instead of one query per document.
type cursor[T any] struct {
	rows *rawRows
	scan func(*rawRows) (int64, T, error)
	has  bool
	seq  int64
	val  T
}

func openCursor[T any](ctx context.Context, c *sqlite3.SQLiteConn, q string, lo, hi int64, scan func(*rawRows) (int64, T, error)) (*cursor[T], error) {
	rows, err := queryRaw(ctx, c, q, lo, hi)
	if err != nil {
		return nil, err
	}
	cur := &cursor[T]{rows: rows, scan: scan}
	return cur, cur.next()
}

func (c *cursor[T]) next() error {
	var err error
	if c.has, err = c.rows.next(); !c.has || err != nil {
		return err
	}
	c.seq, c.val, err = c.scan(c.rows)
	return err
}

// take returns the rows of document seq, skipping those of documents before it.
func (c *cursor[T]) take(seq int64) ([]T, error) {
	var out []T
	for c.has && c.seq <= seq {
		if c.seq == seq {
			out = append(out, c.val)
		}
		if err := c.next(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// DocFilter chooses the documents ForEachDocument visits.
type DocFilter struct {
	Status annotate.Status // only documents with this status ("" for all)
}

// A whole-project read goes in chunks of about chunkDocs documents, read by
// up to maxReadWorkers connections at once, each in its own read
// transaction on the same snapshot. Memory holds a few chunks, whatever
// the size of the project. (Variables so tests can try other sizes.)
var (
	chunkDocs      int64 = 64
	maxReadWorkers       = 4
)

// ForEachDocument calls fn for every document (in import order) with its
// annotations, from one snapshot of the project: edits saved while it runs
// are not seen, and are not held up. Documents are read ahead on several
// connections, a few chunks at most, so memory does not grow with the
// project; fn is called on the caller's goroutine, in order. It stops at
// the first error fn returns, or when ctx ends.
func (s *Store) ForEachDocument(ctx context.Context, f DocFilter, fn func(*annotate.Document, *annotate.Annotations) error) error {
	var wg sync.WaitGroup
	defer wg.Wait() // no worker outlives the call (the store may be closed next)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	n := min(runtime.GOMAXPROCS(0), maxReadWorkers)
	var release func()
	if n > 1 {
		// Several transactions see one snapshot only if no write commits
		// between their starts: hold the write lock while they start.
		if release = s.holdWrites(ctx); release == nil {
			n = 1 // another writer is busy; one connection needs no lock
		}
	}
	ready := make(chan error, n)
	outs := make([]chan chunk, n)
	for w := range outs {
		outs[w] = make(chan chunk, 1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.readChunks(ctx, f, w, n, ready, outs[w])
		}()
	}
	var err error
	for range n {
		if rerr := <-ready; rerr != nil && err == nil {
			err = rerr
		}
	}
	if release != nil {
		release()
	}
	if err != nil {
		return err
	}
	// Chunk i comes from worker i mod n; the first worker to run out of
	// chunks marks the end, since all of them planned the same chunks.
	for i := 0; ; i++ {
		c, ok := <-outs[i%n]
		if !ok {
			return ctx.Err()
		}
		if c.err != nil {
			return c.err
		}
		for k, d := range c.docs {
			if err := fn(d, c.anns[k]); err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// holdWrites takes the project's write lock and returns its release, or
// nil when another writer holds it past a short wait (a long import in
// another window): a reader should not stall for the busy timeout.
func (s *Store) holdWrites(ctx context.Context) (release func()) {
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

// discard closes conn for good instead of returning it to the pool, for a
// connection left in a state the pool must not hand out again.
func discard(conn *sql.Conn) {
	conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}

// readTx runs fn in a read transaction on a connection of the read pool,
// handing it the driver's connection: its queries read one snapshot, which
// starts with the first of them.
func (s *Store) readTx(ctx context.Context, fn func(c *sqlite3.SQLiteConn) error) error {
	conn, err := s.read.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*sqlite3.SQLiteConn)
		if !ok {
			return fmt.Errorf("read project: unexpected driver connection %T", dc)
		}
		tx, err := c.BeginTx(ctx, driver.TxOptions{ReadOnly: true})
		if err != nil {
			return err
		}
		defer tx.Rollback()
		return fn(c)
	})
}

// testHookBeforeSnapshot, when set by a test, runs in each read worker
// just before its transaction takes its snapshot.
var testHookBeforeSnapshot func(worker int)

// chunk is a run of documents with their annotations, or the error that
// ended a worker.
type chunk struct {
	docs []*annotate.Document
	anns []*annotate.Annotations
	err  error
}

// chunkPlan splits the documents' seq range into runs of about chunkDocs
// documents. Every worker computes it in its own transaction; on one
// snapshot they agree.
type chunkPlan struct {
	first, width, n int64
}

func (p chunkPlan) bounds(i int64) (lo, hi int64) {
	lo = p.first + i*p.width
	return lo, lo + p.width - 1
}

func planChunks(ctx context.Context, c *sqlite3.SQLiteConn, where string, args []any) (chunkPlan, error) {
	r, err := queryRaw(ctx, c, "SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), -1) FROM documents WHERE "+where, args...)
	if err != nil {
		return chunkPlan{}, err
	}
	defer r.close()
	if ok, err := r.next(); !ok || err != nil {
		return chunkPlan{}, fmt.Errorf("plan the read: %v", err)
	}
	count, _ := r.int(0)
	first, _ := r.int(1)
	last, _ := r.int(2)
	if count == 0 {
		return chunkPlan{width: 1}, nil
	}
	span := last - first + 1
	width := max(1, span*chunkDocs/count) // seq values per chunk
	return chunkPlan{first: first, width: width, n: (span + width - 1) / width}, nil
}

// readChunks is worker w of n: in one read transaction it reads chunks w,
// w+n, w+2n… and sends them to out in order. It reports on ready once its
// snapshot is taken, and closes out when done.
func (s *Store) readChunks(ctx context.Context, f DocFilter, w, n int, ready chan<- error, out chan<- chunk) {
	defer close(out)
	signalled := false
	signal := func(err error) {
		if !signalled {
			signalled = true
			ready <- err
		}
	}
	send := func(c chunk) bool {
		select {
		case out <- c:
			return c.err == nil
		case <-ctx.Done():
			return false
		}
	}
	err := s.readTx(ctx, func(c *sqlite3.SQLiteConn) error {
		where, args := "1", []any(nil)
		if f.Status != "" {
			where, args = "status = ?", []any{string(f.Status)}
		}
		if testHookBeforeSnapshot != nil {
			testHookBeforeSnapshot(w)
		}
		plan, err := planChunks(ctx, c, where, args) // the snapshot starts with this first read
		signal(err)
		if err != nil {
			return nil
		}
		targets, err := readTargets(ctx, c)
		if err != nil {
			send(chunk{err: err})
			return nil
		}
		r := &chunkReader{c: c, where: where, args: args, targets: targets}
		for i := int64(w); i < plan.n; i += int64(n) {
			lo, hi := plan.bounds(i)
			docs, anns, err := r.read(ctx, lo, hi)
			if !send(chunk{docs: docs, anns: anns, err: err}) {
				return nil
			}
		}
		return nil
	})
	if err != nil {
		signal(err)
		send(chunk{err: err})
	}
}

// targetIndex holds the project's stance targets for a whole-project read.
type targetIndex struct {
	byID  map[string]annotate.Target
	own   map[int64][]string // a document's own targets
	order map[string]int     // creation order
}

func readTargets(ctx context.Context, c *sqlite3.SQLiteConn) (*targetIndex, error) {
	t := &targetIndex{byID: map[string]annotate.Target{}, own: map[int64][]string{}, order: map[string]int{}}
	rows, err := queryRaw(ctx, c, "SELECT id, text, kind, doc FROM targets ORDER BY rowid")
	if err != nil {
		return nil, err
	}
	defer rows.close()
	for i := 0; ; i++ {
		ok, err := rows.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return t, nil
		}
		tg := annotate.Target{ID: rows.str(0), Text: rows.str(1), Kind: rows.str(2)}
		if doc, ok := rows.int(3); ok {
			tg.DocID = "doc"
			t.own[doc] = append(t.own[doc], tg.ID)
		}
		t.byID[tg.ID] = tg
		t.order[tg.ID] = i
	}
}

// chunkReader reads runs of documents with their annotations on one
// connection.
type chunkReader struct {
	c       *sqlite3.SQLiteConn
	where   string
	args    []any
	targets *targetIndex
	attrs   attrCache
}

// read returns the documents with lo <= seq <= hi that pass the filter,
// and their annotations.
func (r *chunkReader) read(ctx context.Context, lo, hi int64) ([]*annotate.Document, []*annotate.Annotations, error) {
	docs, err := queryRaw(ctx, r.c, `SELECT seq, id, text, meta, status, source_name, source_path, source_size, source_sha256
		FROM documents WHERE seq BETWEEN ? AND ? AND `+r.where+` ORDER BY seq`, append([]any{lo, hi}, r.args...)...)
	if err != nil {
		return nil, nil, err
	}
	defer docs.close()
	m, err := r.openMerger(ctx, lo, hi)
	if err != nil {
		return nil, nil, err
	}
	defer m.close()
	var ds []*annotate.Document
	var as []*annotate.Annotations
	for {
		ok, err := docs.next()
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			return ds, as, nil
		}
		seq, _ := docs.int(0)
		size, _ := docs.int(7)
		d := &annotate.Document{ID: docs.str(1), Text: docs.str(2), Status: annotate.Status(docs.str(4)),
			Source: annotate.Source{Name: docs.str(5), Path: docs.str(6), Size: size, SHA256: docs.str(8)}}
		if d.Meta, err = decodeMeta(docs.str(3)); err != nil {
			return nil, nil, fmt.Errorf("document %s: %w", d.ID, err)
		}
		a, err := m.collect(seq, d)
		if err != nil {
			return nil, nil, fmt.Errorf("document %s: %w", d.ID, err)
		}
		ds = append(ds, d)
		as = append(as, a)
	}
}

// merger walks a chunk's annotation tables side by side, each ordered by
// document: one query per table per chunk instead of one per document.
type merger struct {
	zones     *cursor[annotate.Zone]
	spans     *cursor[annotate.Span]
	relations *cursor[annotate.Relation]
	stances   *cursor[annotate.Stance]
	labels    *cursor[[2]string]
	targets   *targetIndex
}

func (r *chunkReader) openMerger(ctx context.Context, lo, hi int64) (m *merger, err error) {
	m = &merger{targets: r.targets}
	opened := m
	defer func() {
		if err != nil {
			opened.close()
		}
	}()
	c := r.c
	if m.zones, err = openCursor(ctx, c, `SELECT doc, zone, start, "end" FROM zones
		WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, start, "end" DESC, zone`, lo, hi,
		func(r *rawRows) (int64, annotate.Zone, error) {
			seq, _ := r.int(0)
			start, _ := r.int(2)
			end, _ := r.int(3)
			return seq, annotate.Zone{Zone: r.str(1), Start: int(start), End: int(end)}, nil
		}); err != nil {
		return nil, err
	}
	if m.spans, err = openCursor(ctx, c, `SELECT doc, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence
		FROM spans WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, start, "end" DESC, id`, lo, hi,
		func(rr *rawRows) (int64, annotate.Span, error) {
			seq, _ := rr.int(0)
			start, _ := rr.int(2)
			end, _ := rr.int(3)
			sp := annotate.Span{ID: rr.str(1), Start: int(start), End: int(end), Label: rr.str(4),
				Annotator: rr.str(6), Source: rr.str(7), Status: rr.str(8), Note: rr.str(9), Pattern: rr.str(10), Confidence: rr.float(11)}
			var err error
			if attrs := rr.str(5); attrs != "{}" {
				sp.Attrs, err = r.attrs.decode(attrs)
			}
			return seq, sp, err
		}); err != nil {
		return nil, err
	}
	if m.relations, err = openCursor(ctx, c, `SELECT doc, label, head, child, source, status FROM relations
		WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, rowid`, lo, hi,
		func(r *rawRows) (int64, annotate.Relation, error) {
			seq, _ := r.int(0)
			return seq, annotate.Relation{Label: r.str(1), Head: r.str(2), Child: r.str(3), Source: r.str(4), Status: r.str(5)}, nil
		}); err != nil {
		return nil, err
	}
	if m.stances, err = openCursor(ctx, c, `SELECT doc, statement, target, label, implicit, evidence_start, evidence_end, annotator
		FROM stances WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, rowid`, lo, hi,
		func(r *rawRows) (int64, annotate.Stance, error) {
			seq, _ := r.int(0)
			implicit, _ := r.int(4)
			st := annotate.Stance{Statement: r.str(1), Target: r.str(2), Label: r.str(3), Implicit: implicit != 0, Annotator: r.str(7)}
			es, okS := r.int(5)
			ee, okE := r.int(6)
			if okS && okE {
				st.Evidence = &annotate.Evidence{Start: int(es), End: int(ee)}
			}
			return seq, st, nil
		}); err != nil {
		return nil, err
	}
	if m.labels, err = openCursor(ctx, c, `SELECT doc, key, value FROM doc_labels
		WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, key`, lo, hi,
		func(r *rawRows) (int64, [2]string, error) {
			seq, _ := r.int(0)
			return seq, [2]string{r.str(1), r.str(2)}, nil
		}); err != nil {
		return nil, err
	}
	return m, nil
}

// close closes the cursors opened so far.
func (m *merger) close() {
	if m.zones != nil {
		m.zones.rows.close()
	}
	if m.spans != nil {
		m.spans.rows.close()
	}
	if m.relations != nil {
		m.relations.rows.close()
	}
	if m.stances != nil {
		m.stances.rows.close()
	}
	if m.labels != nil {
		m.labels.rows.close()
	}
}

func (m *merger) collect(seq int64, d *annotate.Document) (*annotate.Annotations, error) {
	var err error
	if d.Zones, err = m.zones.take(seq); err != nil {
		return nil, err
	}
	a := &annotate.Annotations{}
	if a.Spans, err = m.spans.take(seq); err != nil {
		return nil, err
	}
	if a.Relations, err = m.relations.take(seq); err != nil {
		return nil, err
	}
	if a.Stances, err = m.stances.take(seq); err != nil {
		return nil, err
	}
	labels, err := m.labels.take(seq)
	if err != nil {
		return nil, err
	}
	for _, kv := range labels {
		var v any
		if err := json.Unmarshal([]byte(kv[1]), &v); err != nil {
			return nil, err
		}
		if a.DocLabels == nil {
			a.DocLabels = map[string]any{}
		}
		a.DocLabels[kv[0]] = v
	}
	// Targets: the document's own and those its stances use, in creation order.
	seen := map[string]bool{}
	var ids []string
	for _, id := range m.targets.own[seq] {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, st := range a.Stances {
		if !seen[st.Target] {
			seen[st.Target] = true
			ids = append(ids, st.Target)
		}
	}
	sortByOrder(ids, m.targets.order)
	for _, id := range ids {
		a.Targets = append(a.Targets, m.targets.byID[id])
	}
	return a, nil
}

func sortByOrder(ids []string, order map[string]int) {
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && order[ids[j]] < order[ids[j-1]]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
}

// attrCache decodes span attributes for a whole-project read. The same few
// attribute objects ({"quote_type":"direct"}, a speaker's canonical name)
// come back on many spans, and copying a decoded map is much cheaper than
// parsing its JSON again. The copy is shallow: nested values (lists) are
// shared between spans, and readers of a stream do not modify them.
type attrCache struct {
	seen map[string]map[string]any
}

// attrCacheSize bounds the cache; past it, it starts afresh.
const attrCacheSize = 4096

func (c *attrCache) decode(js string) (map[string]any, error) {
	if m, ok := c.seen[js]; ok {
		return maps.Clone(m), nil
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(js), &m); err != nil {
		return nil, err
	}
	if c.seen == nil || len(c.seen) >= attrCacheSize {
		c.seen = make(map[string]map[string]any, 256)
	}
	c.seen[js] = m
	return maps.Clone(m), nil
}
