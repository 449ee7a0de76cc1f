package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"

	"newsmark/annotate"
)

// rowSource is a query's rows, read column by column as Go values.
type rowSource interface {
	next() (bool, error)
	// copyRow is the current row's values, safe to keep past next.
	copyRow() []any
	str(i int) string
	int(i int) (n int64, ok bool)
	float(i int) float64
	close() error
}

// querier runs the readers' queries: straight on a driver connection in a
// read transaction, or inside a write transaction.
type querier func(ctx context.Context, q string, args ...any) (rowSource, error)

// rawRows reads a query's rows straight from the driver. A whole-project
// read steps through millions of rows, and database/sql's per-row locking
// and conversions would cost a third of its time; the driver already
// hands out the row's values as Go values.
type rawRows struct {
	rows driver.Rows
	vals []driver.Value
}

// rawQuerier queries the driver connection c, rewriting placeholders for d.
func rawQuerier(c driver.QueryerContext, d dialect) querier {
	return func(ctx context.Context, q string, args ...any) (rowSource, error) {
		named := make([]driver.NamedValue, len(args))
		for i, a := range args {
			named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
		}
		rows, err := c.QueryContext(ctx, d.rebind(q), named)
		if err != nil {
			return nil, err
		}
		return &rawRows{rows: rows, vals: make([]driver.Value, len(rows.Columns()))}, nil
	}
}

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

func (r *rawRows) close() error        { return r.rows.Close() }
func (r *rawRows) copyRow() []any      { return copyValues(r.vals) }
func (r *rawRows) str(i int) string    { return valueStr(r.vals[i]) }
func (r *rawRows) float(i int) float64 { return valueFloat(r.vals[i]) }
func (r *rawRows) int(i int) (int64, bool) {
	return valueInt(r.vals[i])
}

// sqlRows reads rows through database/sql, inside a write transaction.
type sqlRows struct {
	rows *sql.Rows
	vals []any
	ptrs []any
}

// txQuerier queries inside the write transaction t.
func txQuerier(t *txn) querier {
	return func(_ context.Context, q string, args ...any) (rowSource, error) {
		rows, err := t.query(q, args...)
		if err != nil {
			return nil, err
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return nil, err
		}
		r := &sqlRows{rows: rows, vals: make([]any, len(cols)), ptrs: make([]any, len(cols))}
		for i := range r.vals {
			r.ptrs[i] = &r.vals[i]
		}
		return r, nil
	}
}

func (r *sqlRows) next() (bool, error) {
	if !r.rows.Next() {
		return false, r.rows.Err()
	}
	return true, r.rows.Scan(r.ptrs...)
}

func (r *sqlRows) close() error            { return r.rows.Close() }
func (r *sqlRows) copyRow() []any          { return copyValues(r.vals) }
func (r *sqlRows) str(i int) string        { return valueStr(r.vals[i]) }
func (r *sqlRows) float(i int) float64     { return valueFloat(r.vals[i]) }
func (r *sqlRows) int(i int) (int64, bool) { return valueInt(r.vals[i]) }

// copyValues copies a row's values, bytes included (a driver may reuse them).
func copyValues[V any](vals []V) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		if b, ok := any(v).([]byte); ok {
			out[i] = append([]byte(nil), b...)
		} else {
			out[i] = v
		}
	}
	return out
}

// valueStr is a column's value as text ("" for NULL).
func valueStr(v any) string {
	switch v := v.(type) {
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

// valueInt is a column's value as an integer; ok is false for NULL.
func valueInt(v any) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case int32:
		return int64(v), true
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

func valueFloat(v any) float64 {
	switch v := v.(type) {
	case float64:
		return v
	case float32:
		return float64(v)
	case int64:
		return float64(v)
	}
	return 0
}

// cursor walks one table ordered by document and layer, so a whole-project
// read is one pass over each table instead of one query per document.
type cursor[T any] struct {
	rows  rowSource
	scan  func(rowSource) (int64, string, T, error)
	has   bool
	seq   int64
	layer string
	val   T
	taken []layered[T] // take's result, reused from one document to the next
}

// layered is one row of a cursor with the layer it belongs to.
type layered[T any] struct {
	layer string
	val   T
}

func openCursor[T any](ctx context.Context, q querier, sql string, args []any, scan func(rowSource) (int64, string, T, error)) (*cursor[T], error) {
	rows, err := q(ctx, sql, args...)
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
	c.seq, c.layer, c.val, err = c.scan(c.rows)
	return err
}

// take returns the rows of document seq, skipping those of documents
// before it; none from a table the read leaves out (nil). The slice is
// the cursor's own, valid until the next take: a million spans then
// build no list of their own on the way.
func (c *cursor[T]) take(seq int64) ([]layered[T], error) {
	if c == nil {
		return nil, nil
	}
	out := c.taken[:0]
	for c.has && c.seq <= seq {
		if c.seq == seq {
			out = append(out, layered[T]{c.layer, c.val})
		}
		if err := c.next(); err != nil {
			return nil, err
		}
	}
	if len(out) < len(c.taken) {
		clear(c.taken[len(out):]) // drop what earlier documents left, for the collector
	}
	c.taken = out
	return out, nil
}

// DocFilter chooses the documents and layers a whole-project read visits.
type DocFilter struct {
	// Layer is the one layer ForEachDocument reads (an analyst's, or
	// gold); ForEachDocumentLayers reads every layer and needs it empty.
	Layer string
	// Status keeps only documents with this status in Layer ("" for all).
	Status annotate.Status
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
// annotations in the layer f names, from one snapshot of the project: edits
// saved while it runs are not seen, and are not held up. Documents are read
// ahead on several connections, a few chunks at most, so memory does not
// grow with the project; fn is called on the caller's goroutine, in order.
// It stops at the first error fn returns, or when ctx ends.
func (s *Store) ForEachDocument(ctx context.Context, f DocFilter, fn func(*annotate.Document, *annotate.Annotations) error) error {
	if f.Layer == "" {
		return errors.New("read the project: no layer named")
	}
	return s.forEach(ctx, f, func(d *annotate.Document, layers []*annotate.Annotations) error {
		return fn(d, layers[0])
	})
}

// ForEachDocumentLayers calls fn for every document (in import order) with
// every layer that has work in it (annotations or a status), ordered by
// layer name, from one snapshot of the project, as ForEachDocument does.
func (s *Store) ForEachDocumentLayers(ctx context.Context, fn func(*annotate.Document, []*annotate.Annotations) error) error {
	return s.forEach(ctx, DocFilter{}, fn)
}

func (s *Store) forEach(ctx context.Context, f DocFilter, fn func(*annotate.Document, []*annotate.Annotations) error) error {
	if f.Status != "" && f.Layer == "" {
		return errors.New("read the project: a status filter needs a layer")
	}
	var wg sync.WaitGroup
	defer wg.Wait() // no worker outlives the call (the store may be closed next)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	n := min(runtime.GOMAXPROCS(0), maxReadWorkers)
	var release func()
	var snapshot string
	if n > 1 {
		// Several transactions see one snapshot only if no write commits
		// between their starts: hold the write lock while they start.
		if release, snapshot = s.d.shareSnapshot(ctx, s); release == nil {
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
			s.readChunks(ctx, f, snapshot, w, n, ready, outs[w])
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
		return s.explain(err)
	}
	// Chunk i comes from worker i mod n; the first worker to run out of
	// chunks marks the end, since all of them planned the same chunks.
	for i := 0; ; i++ {
		c, ok := <-outs[i%n]
		if !ok {
			return ctx.Err()
		}
		if c.err != nil {
			return s.explain(c.err)
		}
		for k, d := range c.docs {
			if err := fn(d, c.anns[k]); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// ForEachDocumentSpans calls fn for every document (in import order)
// with its spans in layer, for a bulk job that writes as it reads (suggest
// --all). Unlike ForEachDocument it holds no snapshot for the whole run,
// which would keep SQLite from copying the write-ahead log back into the
// file until the end (the log would grow to the size of everything
// written): the documents are read a chunk at a time, each chunk in a
// read transaction of its own, one chunk ahead of fn. Each document is
// read whole from one snapshot; one imported after the call began is not
// visited. The documents' Status is left empty. fn is called on the caller's goroutine, in order; it stops at
// the first error fn returns, or when ctx ends.
func (s *Store) ForEachDocumentSpans(ctx context.Context, layer string, fn func(*annotate.Document, []annotate.Span) error) error {
	if layer == "" {
		return errors.New("read the project: no layer named")
	}
	var plan chunkPlan
	err := s.readTx(ctx, func(q querier) error {
		var err error
		plan, err = planChunks(ctx, q, s.d, "1 = 1", nil)
		return err
	})
	if err != nil {
		return s.explain(err)
	}
	// The reader does not outlive the call (the store may be closed
	// next): cancel, then wait for it.
	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := make(chan chunk, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		var attrs attrCache // kept from chunk to chunk
		for i := int64(0); i < plan.n; i++ {
			lo, hi := plan.bounds(i)
			hi = min(hi, plan.last)
			var c chunk
			c.err = s.readTx(ctx, func(q querier) error {
				r := &chunkReader{q: q, where: "1 = 1", layer: layer, d: s.d, attrs: attrs, spansOnly: true}
				var err error
				c.docs, c.anns, err = r.read(ctx, lo, hi)
				attrs = r.attrs
				return err
			})
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
			if c.err != nil {
				return
			}
		}
	}()
	for c := range out {
		if c.err != nil {
			return s.explain(c.err)
		}
		for k, d := range c.docs {
			if err := fn(d, c.anns[k][0].Spans); err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// discard closes conn for good instead of returning it to the pool, for a
// connection left in a state the pool must not hand out again.
func discard(conn *sql.Conn) {
	conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}

// readConn is what a reader needs of a driver connection.
type readConn interface {
	driver.QueryerContext
	driver.ConnBeginTx
}

// readTx runs fn in a read transaction on a connection of the read pool,
// handing it a querier on the driver's connection: its queries read one
// snapshot, which starts with the first of them.
func (s *Store) readTx(ctx context.Context, fn func(q querier) error) error {
	return s.readTxAt(ctx, "", fn)
}

// readTxAt is readTx in a server snapshot another transaction exported
// ("" for its own).
func (s *Store) readTxAt(ctx context.Context, snapshot string, fn func(q querier) error) error {
	conn, err := s.read.Conn(ctx)
	if err != nil {
		return s.explain(err)
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c, ok := dc.(readConn)
		if !ok {
			return fmt.Errorf("read project: unexpected driver connection %T", dc)
		}
		tx, err := c.BeginTx(ctx, driver.TxOptions{ReadOnly: true, Isolation: driver.IsolationLevel(sql.LevelRepeatableRead)})
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if snapshot != "" {
			ex, ok := dc.(driver.ExecerContext)
			if !ok {
				return fmt.Errorf("read project: %T cannot adopt a snapshot", dc)
			}
			if _, err := ex.ExecContext(ctx, "SET TRANSACTION SNAPSHOT '"+strings.ReplaceAll(snapshot, "'", "")+"'", nil); err != nil {
				return err
			}
		}
		return fn(forDialect(rawQuerier(c, s.d), s.d))
	})
}

// forDialect is q as the dialect's connections allow: buffered, one
// query's rows read whole before the next query, when a connection cannot
// step through several at once.
func forDialect(q querier, d dialect) querier {
	if d.manyCursors() {
		return q
	}
	return func(ctx context.Context, sql string, args ...any) (rowSource, error) {
		rows, err := q(ctx, sql, args...)
		if err != nil {
			return nil, err
		}
		defer rows.close()
		b := &bufferedRows{}
		for {
			ok, err := rows.next()
			if err != nil {
				return nil, err
			}
			if !ok {
				return b, nil
			}
			b.rows = append(b.rows, rows.copyRow())
		}
	}
}

// bufferedRows are a query's rows read ahead.
type bufferedRows struct {
	rows [][]any
	cur  []any
}

func (b *bufferedRows) next() (bool, error) {
	if len(b.rows) == 0 {
		b.cur = nil
		return false, nil
	}
	b.cur, b.rows = b.rows[0], b.rows[1:]
	return true, nil
}

func (b *bufferedRows) close() error            { b.rows = nil; return nil }
func (b *bufferedRows) str(i int) string        { return valueStr(b.cur[i]) }
func (b *bufferedRows) float(i int) float64     { return valueFloat(b.cur[i]) }
func (b *bufferedRows) int(i int) (int64, bool) { return valueInt(b.cur[i]) }
func (b *bufferedRows) copyRow() []any          { return b.cur }

// testHookBeforeSnapshot, when set by a test, runs in each read worker
// just before its transaction takes its snapshot.
var testHookBeforeSnapshot func(worker int)

// chunk is a run of documents with their layers, or the error that ended a
// worker.
type chunk struct {
	docs []*annotate.Document
	anns [][]*annotate.Annotations
	err  error
}

// chunkPlan splits the documents' seq range into runs of about chunkDocs
// documents. Every worker computes it in its own transaction; on one
// snapshot they agree.
type chunkPlan struct {
	first, width, n int64
	last            int64 // the last seq when planned
}

func (p chunkPlan) bounds(i int64) (lo, hi int64) {
	lo = p.first + i*p.width
	return lo, lo + p.width - 1
}

func planChunks(ctx context.Context, q querier, d dialect, where string, args []any) (chunkPlan, error) {
	r, err := q(ctx, "SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), -1) FROM documents WHERE "+where, args...)
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
	// A connection that reads one result at a time (a server's) pays a
	// round trip per query: it reads bigger chunks.
	docs := chunkDocs
	if !d.manyCursors() {
		docs *= 8
	}
	width := max(1, span*docs/count) // seq values per chunk
	return chunkPlan{first: first, width: width, n: (span + width - 1) / width, last: last}, nil
}

// docWhere is the documents filter of f, for queries on documents.
func docWhere(f DocFilter) (string, []any) {
	if f.Status == "" {
		return "1 = 1", nil
	}
	return "coalesce((SELECT status FROM doc_status ds WHERE ds.doc = documents.seq AND ds.layer = ?), 'todo') = ?",
		[]any{f.Layer, string(f.Status)}
}

// readChunks is worker w of n: in one read transaction it reads chunks w,
// w+n, w+2n… and sends them to out in order. It reports on ready once its
// snapshot is taken, and closes out when done.
func (s *Store) readChunks(ctx context.Context, f DocFilter, snapshot string, w, n int, ready chan<- error, out chan<- chunk) {
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
	err := s.readTxAt(ctx, snapshot, func(q querier) error {
		where, args := docWhere(f)
		if testHookBeforeSnapshot != nil {
			testHookBeforeSnapshot(w)
		}
		plan, err := planChunks(ctx, q, s.d, where, args) // the snapshot starts with this first read
		signal(err)
		if err != nil {
			return nil
		}
		targets, err := readTargets(ctx, q, s.d)
		if err != nil {
			send(chunk{err: err})
			return nil
		}
		r := &chunkReader{q: q, where: where, args: args, layer: f.Layer, d: s.d, targets: targets}
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

func readTargets(ctx context.Context, q querier, d dialect) (*targetIndex, error) {
	t := &targetIndex{byID: map[string]annotate.Target{}, own: map[int64][]string{}, order: map[string]int{}}
	rows, err := q(ctx, "SELECT id, text, kind, doc FROM targets ORDER BY "+d.madeOrder())
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

// chunkReader reads runs of documents with their layers on one connection.
type chunkReader struct {
	q       querier
	where   string
	args    []any
	layer   string // the one layer to read, or "" for all
	d       dialect
	targets *targetIndex
	attrs   attrCache
	// spansOnly reads the documents with their zones and the layer's
	// spans, and nothing else of the layer (ForEachDocumentSpans).
	spansOnly bool
}

// read returns the documents with lo <= seq <= hi that pass the filter,
// and their layers.
func (r *chunkReader) read(ctx context.Context, lo, hi int64) ([]*annotate.Document, [][]*annotate.Annotations, error) {
	rows, layers, err := r.readSeqs(ctx, lo, hi)
	docs := make([]*annotate.Document, len(rows))
	for i, d := range rows {
		docs[i] = d.doc
	}
	return docs, layers, err
}

// docRow is a document as read with what only the store knows of it.
type docRow struct {
	doc        *annotate.Document
	seq        int64
	importedAt string
}

// readSeqs is read, with each document's seq and import time.
func (r *chunkReader) readSeqs(ctx context.Context, lo, hi int64) ([]docRow, [][]*annotate.Annotations, error) {
	docs, err := r.q(ctx, `SELECT seq, id, text, meta, source_name, source_path, source_size, source_sha256, imported_at
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
	var ds []docRow
	var as [][]*annotate.Annotations
	for {
		ok, err := docs.next()
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			return ds, as, nil
		}
		seq, _ := docs.int(0)
		size, _ := docs.int(6)
		d := &annotate.Document{ID: docs.str(1), Text: docs.str(2),
			Source: annotate.Source{Name: docs.str(4), Path: docs.str(5), Size: size, SHA256: docs.str(7)}}
		if d.Meta, err = decodeMeta(docs.str(3)); err != nil {
			return nil, nil, fmt.Errorf("document %s: %w", d.ID, err)
		}
		a, err := m.collect(seq, d)
		if err != nil {
			return nil, nil, fmt.Errorf("document %s: %w", d.ID, err)
		}
		ds = append(ds, docRow{doc: d, seq: seq, importedAt: docs.str(8)})
		as = append(as, a)
	}
}

// merger walks a chunk's annotation tables side by side, each ordered by
// document and layer: one query per table per chunk instead of one per
// document.
type merger struct {
	layer     string
	zones     *cursor[annotate.Zone]
	spans     *cursor[annotate.Span]
	relations *cursor[annotate.Relation]
	sets      *cursor[suggestionSet] // suggest_sets.go
	stances   *cursor[annotate.Stance]
	labels    *cursor[[2]string]
	statuses  *cursor[annotate.Status]
	targets   *targetIndex
}

func (r *chunkReader) openMerger(ctx context.Context, lo, hi int64) (m *merger, err error) {
	m = &merger{layer: r.layer, targets: r.targets}
	opened := m
	defer func() {
		if err != nil {
			opened.close()
		}
	}()
	q, layer := r.q, r.layer
	if m.zones, err = openCursor(ctx, q, `SELECT doc, zone, start, "end" FROM zones
		WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, start, "end" DESC, zone`, []any{lo, hi},
		func(r rowSource) (int64, string, annotate.Zone, error) {
			seq, _ := r.int(0)
			start, _ := r.int(2)
			end, _ := r.int(3)
			return seq, "", annotate.Zone{Zone: r.str(1), Start: int(start), End: int(end)}, nil
		}); err != nil {
		return nil, err
	}
	if m.spans, err = openCursor(ctx, q, `SELECT doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence, agreed_by
		FROM spans WHERE doc BETWEEN ?1 AND ?2 AND (?3 = '' OR layer = ?3) ORDER BY doc, layer, start, "end" DESC, id`, []any{lo, hi, layer},
		func(rr rowSource) (int64, string, annotate.Span, error) {
			seq, _ := rr.int(0)
			start, _ := rr.int(3)
			end, _ := rr.int(4)
			sp := annotate.Span{ID: rr.str(2), Start: int(start), End: int(end), Label: rr.str(5),
				Annotator: rr.str(7), Source: rr.str(8), Status: rr.str(9), Note: rr.str(10), Pattern: rr.str(11),
				Confidence: rr.float(12), AgreedBy: splitNames(rr.str(13))}
			var err error
			if attrs := rr.str(6); attrs != "{}" {
				sp.Attrs, err = r.attrs.decode(attrs)
			}
			return seq, rr.str(1), sp, err
		}); err != nil {
		return nil, err
	}
	if m.sets, err = openCursor(ctx, q, suggestionSetQuery, []any{lo, hi, layer},
		func(rr rowSource) (int64, string, suggestionSet, error) {
			seq, _ := rr.int(0)
			set, err := r.attrs.readSuggestionSet([]byte(rr.str(2)), rr.str(3), rr.str(4))
			return seq, rr.str(1), set, err
		}); err != nil {
		return nil, err
	}
	if r.spansOnly {
		return m, nil
	}
	made := r.d.madeOrder()
	if m.relations, err = openCursor(ctx, q, `SELECT doc, layer, label, head, child, source, status FROM relations
		WHERE doc BETWEEN ?1 AND ?2 AND (?3 = '' OR layer = ?3) ORDER BY doc, layer, `+made, []any{lo, hi, layer},
		func(r rowSource) (int64, string, annotate.Relation, error) {
			seq, _ := r.int(0)
			return seq, r.str(1), annotate.Relation{Label: r.str(2), Head: r.str(3), Child: r.str(4), Source: r.str(5), Status: r.str(6)}, nil
		}); err != nil {
		return nil, err
	}
	if m.stances, err = openCursor(ctx, q, `SELECT doc, layer, statement, target, label, implicit, evidence_start, evidence_end, annotator
		FROM stances WHERE doc BETWEEN ?1 AND ?2 AND (?3 = '' OR layer = ?3) ORDER BY doc, layer, `+made, []any{lo, hi, layer},
		func(r rowSource) (int64, string, annotate.Stance, error) {
			seq, _ := r.int(0)
			implicit, _ := r.int(5)
			st := annotate.Stance{Statement: r.str(2), Target: r.str(3), Label: r.str(4), Implicit: implicit != 0, Annotator: r.str(8)}
			es, okS := r.int(6)
			ee, okE := r.int(7)
			if okS && okE {
				st.Evidence = &annotate.Evidence{Start: int(es), End: int(ee)}
			}
			return seq, r.str(1), st, nil
		}); err != nil {
		return nil, err
	}
	if m.labels, err = openCursor(ctx, q, `SELECT doc, layer, key, value FROM doc_labels
		WHERE doc BETWEEN ?1 AND ?2 AND (?3 = '' OR layer = ?3) ORDER BY doc, layer, key`, []any{lo, hi, layer},
		func(r rowSource) (int64, string, [2]string, error) {
			seq, _ := r.int(0)
			return seq, r.str(1), [2]string{r.str(2), r.str(3)}, nil
		}); err != nil {
		return nil, err
	}
	if m.statuses, err = openCursor(ctx, q, `SELECT doc, layer, status FROM doc_status
		WHERE doc BETWEEN ?1 AND ?2 AND (?3 = '' OR layer = ?3) ORDER BY doc, layer`, []any{lo, hi, layer},
		func(r rowSource) (int64, string, annotate.Status, error) {
			seq, _ := r.int(0)
			return seq, r.str(1), annotate.Status(r.str(2)), nil
		}); err != nil {
		return nil, err
	}
	return m, nil
}

// close closes the cursors opened so far.
func (m *merger) close() {
	closeCursor(m.zones)
	closeCursor(m.spans)
	closeCursor(m.relations)
	closeCursor(m.sets)
	closeCursor(m.stances)
	closeCursor(m.labels)
	closeCursor(m.statuses)
}

func closeCursor[T any](c *cursor[T]) {
	if c != nil {
		c.rows.close()
	}
}

// collect reads document seq's zones into d and returns its layers: the
// merger's one layer (empty if the document has nothing there), or every
// layer with work in the document, by name.
func (m *merger) collect(seq int64, d *annotate.Document) ([]*annotate.Annotations, error) {
	zones, err := m.zones.take(seq)
	if err != nil {
		return nil, err
	}
	if len(zones) > 0 {
		d.Zones = make([]annotate.Zone, 0, len(zones))
	}
	for _, z := range zones {
		d.Zones = append(d.Zones, z.val)
	}
	// A read of one layer (an export's) has only that layer's rows: it
	// needs no map of layers for each document.
	var one *annotate.Annotations
	if m.layer != "" {
		one = &annotate.Annotations{Layer: m.layer, Status: annotate.StatusTodo}
	}
	var byLayer map[string]*annotate.Annotations
	layer := func(name string) *annotate.Annotations {
		if one != nil && name == one.Layer {
			return one
		}
		a := byLayer[name]
		if a == nil {
			if byLayer == nil {
				byLayer = map[string]*annotate.Annotations{}
			}
			a = &annotate.Annotations{Layer: name, Status: annotate.StatusTodo}
			byLayer[name] = a
		}
		return a
	}
	spans, err := m.spans.take(seq)
	if err != nil {
		return nil, err
	}
	if m.layer != "" && len(spans) > 0 {
		// One layer: its spans in a list of their own size.
		a := layer(m.layer)
		a.Spans = make([]annotate.Span, 0, len(spans))
	}
	for _, r := range spans {
		a := layer(r.layer)
		a.Spans = append(a.Spans, r.val)
	}
	rels, err := m.relations.take(seq)
	if err != nil {
		return nil, err
	}
	for _, r := range rels {
		a := layer(r.layer)
		a.Relations = append(a.Relations, r.val)
	}
	sets, err := m.sets.take(seq)
	if err != nil {
		return nil, err
	}
	for _, r := range sets {
		addSuggestionSet(layer(r.layer), r.val, m.relations != nil)
	}
	stances, err := m.stances.take(seq)
	if err != nil {
		return nil, err
	}
	for _, r := range stances {
		a := layer(r.layer)
		a.Stances = append(a.Stances, r.val)
	}
	labels, err := m.labels.take(seq)
	if err != nil {
		return nil, err
	}
	for _, r := range labels {
		var v any
		if err := json.Unmarshal([]byte(r.val[1]), &v); err != nil {
			return nil, err
		}
		a := layer(r.layer)
		if a.DocLabels == nil {
			a.DocLabels = map[string]any{}
		}
		a.DocLabels[r.val[0]] = v
	}
	statuses, err := m.statuses.take(seq)
	if err != nil {
		return nil, err
	}
	for _, r := range statuses {
		layer(r.layer).Status = r.val
	}
	if one != nil && byLayer == nil {
		if m.targets != nil {
			m.addTargets(seq, one)
		}
		if m.statuses != nil {
			d.Status = one.Status
		}
		return []*annotate.Annotations{one}, nil
	}
	if one != nil {
		if byLayer == nil {
			byLayer = map[string]*annotate.Annotations{}
		}
		byLayer[one.Layer] = one
	}
	names := slices.Sorted(maps.Keys(byLayer))
	out := make([]*annotate.Annotations, len(names))
	for i, name := range names {
		a := byLayer[name]
		if m.targets != nil {
			m.addTargets(seq, a)
		}
		out[i] = a
	}
	if m.layer != "" && m.statuses != nil {
		d.Status = out[0].Status
	}
	return out, nil
}

// addTargets gives a layer the document's own targets and those its
// stances use, in creation order.
func (m *merger) addTargets(seq int64, a *annotate.Annotations) {
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
