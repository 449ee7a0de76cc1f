package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"newsmark/annotate"
)

// ErrNotEmpty means a copy's destination already holds documents.
var ErrNotEmpty = errors.New("already has documents: copy into a new, empty project")

// Copy copies the whole project from into to, which must be empty: its
// settings, documents, targets, every layer, the event log and every undo
// history, the hand-out queues and where merged layers came from. It reads
// from in one snapshot and writes to in one transaction, so the copy is
// whole or nothing. The engines may differ: file to server to start a team
// project, server to file for an offline snapshot. progress counts
// documents.
func Copy(ctx context.Context, from, to *Store, progress func(done, total int)) error {
	err := to.inTx(ctx, func(t *txn) error {
		if n, err := t.exists("SELECT 1 FROM documents"); err != nil || n {
			if err == nil {
				err = fmt.Errorf("%s %w", to.path, ErrNotEmpty)
			}
			return err
		}
		err := from.readTx(ctx, func(q querier) error {
			return copyAll(ctx, q, from.d, t, progress)
		})
		if err != nil {
			return err
		}
		// The facets are the copy's own, whatever the source kept.
		return buildFacets(t)
	})
	if err != nil {
		return fmt.Errorf("copy %s to %s: %w", from.path, to.path, to.explain(from.explain(err)))
	}
	return nil
}

// copyRows copies a query's rows into a table, many rows per statement:
// insert is "INSERT INTO table(columns)", then what follows the values
// (an ON CONFLICT clause, or nothing).
func copyRows(ctx context.Context, q querier, t *txn, query, insert string, cols int, suffix string) error {
	rows, err := q(ctx, query)
	if err != nil {
		return err
	}
	defer rows.close()
	b := newBatch(t, insert, cols)
	b.suffix = suffix
	for {
		ok, err := rows.next()
		if err != nil {
			return err
		}
		if !ok {
			return b.flush()
		}
		b.add(rows.copyRow()...)
		if b.full() {
			if err := b.flush(); err != nil {
				return err
			}
		}
	}
}

func copyAll(ctx context.Context, q querier, fromD dialect, t *txn, progress func(done, total int)) error {
	if err := copyRows(ctx, q, t, "SELECT key, value FROM settings",
		"INSERT INTO settings(key, value)", 2, " ON CONFLICT(key) DO UPDATE SET value = excluded.value"); err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	plan, err := planChunks(ctx, q, fromD, "1 = 1", nil)
	if err != nil {
		return err
	}
	targets, err := readTargets(ctx, q, fromD)
	if err != nil {
		return err
	}
	w, err := newCopyWriter(t)
	if err != nil {
		return err
	}
	defer w.close()
	// Project-wide targets first, in the order made; a document's own
	// targets follow their document.
	for _, id := range sortedByOrder(targets) {
		if tg := targets.byID[id]; tg.DocID == "" {
			if _, err := w.target.ExecContext(ctx, tg.ID, tg.Text, tg.Kind, nil); err != nil {
				return fmt.Errorf("target %s: %w", tg.ID, err)
			}
		}
	}
	r := &chunkReader{q: q, where: "1 = 1", d: fromD, targets: targets}
	done := 0
	total, err := countAll(ctx, q)
	if err != nil {
		return err
	}
	for i := int64(0); i < plan.n; i++ {
		lo, hi := plan.bounds(i)
		docs, layers, err := r.readSeqs(ctx, lo, hi)
		if err != nil {
			return err
		}
		for k, d := range docs {
			if err := w.document(d.doc, d.seq, d.importedAt, layers[k], targets); err != nil {
				return fmt.Errorf("document %s: %w", d.doc.ID, err)
			}
			done++
			if progress != nil {
				progress(done, total)
			}
		}
	}
	if err := w.flush(); err != nil {
		return err
	}
	if w.first != 0 {
		if err := t.d.indexDocuments(t, w.first); err != nil {
			return err
		}
	}
	for _, c := range []struct {
		what, query, insert string
		cols                int
		suffix              string
	}{
		{"the event log", "SELECT id, at, actor, layer, doc, kind, ref, summary, ops, inverse, body FROM events ORDER BY id",
			"INSERT INTO events(id, at, actor, layer, doc, kind, ref, summary, ops, inverse, body)", 11, ""},
		{"undo histories", "SELECT event, actor, layer, undone FROM history ORDER BY event",
			"INSERT INTO history(event, actor, layer, undone)", 4, ""},
		{"layers", "SELECT name, began_at FROM layers ORDER BY name",
			"INSERT INTO layers(name, began_at)", 2, " ON CONFLICT DO NOTHING"},
		{"merged layers", "SELECT layer, project, file, merged_at FROM layer_sources ORDER BY layer",
			"INSERT INTO layer_sources(layer, project, file, merged_at)", 4, ""},
	} {
		if err := copyRows(ctx, q, t, c.query, c.insert, c.cols, c.suffix); err != nil {
			return fmt.Errorf("%s: %w", c.what, err)
		}
	}
	if err := w.docRows(ctx, q, "SELECT doc, analyst FROM assignments ORDER BY analyst, doc", "INSERT INTO assignments(doc, analyst) VALUES (?, ?)"); err != nil {
		return fmt.Errorf("hand-out queues: %w", err)
	}
	if err := w.docRows(ctx, q, "SELECT doc, layer FROM suggest_owed ORDER BY doc, layer", "INSERT INTO suggest_owed(doc, layer) VALUES (?, ?)"); err != nil {
		return fmt.Errorf("suggestions owed: %w", err)
	}
	return t.d.afterCopy(t)
}

func countAll(ctx context.Context, q querier) (int, error) {
	r, err := q(ctx, "SELECT count(*) FROM documents")
	if err != nil {
		return 0, err
	}
	defer r.close()
	if _, err := r.next(); err != nil {
		return 0, err
	}
	n, _ := r.int(0)
	return int(n), nil
}

func sortedByOrder(t *targetIndex) []string {
	ids := make([]string, 0, len(t.byID))
	for id := range t.byID {
		ids = append(ids, id)
	}
	sortByOrder(ids, t.order)
	return ids
}

// copyWriter writes a copied project's rows with prepared statements.
type copyWriter struct {
	t      *txn
	target *sql.Stmt
	// The rows of a document's zones and layers go in batches, many rows
	// per statement (hundreds per round trip to a server), flushed in the
	// order their foreign keys need.
	zone, span, relation, stance, label, status *batch
	seqs                                        map[int64]int64 // source seq → copy's seq
	first                                       int64
	pending                                     []pendingDoc
	targets                                     *targetIndex
}

func newCopyWriter(t *txn) (*copyWriter, error) {
	w := &copyWriter{t: t, seqs: map[int64]int64{},
		zone:     newBatch(t, `INSERT INTO zones(doc, zone, start, "end")`, 4),
		span:     newBatch(t, `INSERT INTO spans(doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence, agreed_by)`, 14),
		relation: newBatch(t, `INSERT INTO relations(doc, layer, label, head, child, source, status)`, 7),
		stance:   newBatch(t, `INSERT INTO stances(doc, layer, statement, target, label, implicit, evidence_start, evidence_end, annotator)`, 9),
		label:    newBatch(t, `INSERT INTO doc_labels(doc, layer, key, value)`, 4),
		status:   newBatch(t, `INSERT INTO doc_status(doc, layer, status)`, 3),
	}
	var err error
	if w.target, err = t.prepare(`INSERT INTO targets(id, text, kind, doc) VALUES (?, ?, ?, ?)`); err != nil {
		return nil, err
	}
	return w, nil
}

func (w *copyWriter) close() { w.target.Close() }

// flush writes every queued document and batched row, parents first.
func (w *copyWriter) flush() error {
	if err := w.flushDocs(); err != nil {
		return err
	}
	return w.flushRows()
}

// flushRows writes every batched row, parents first.
func (w *copyWriter) flushRows() error {
	for _, b := range []*batch{w.zone, w.span, w.relation, w.stance, w.label, w.status} {
		if err := b.flush(); err != nil {
			return err
		}
	}
	return nil
}

// pendingDoc is a document waiting for its batch to be written.
type pendingDoc struct {
	d          *annotate.Document
	seq        int64
	importedAt string
	layers     []*annotate.Annotations
}

// docBatch is how many documents go in one statement; their seq numbers
// come back in the order given.
const docBatch = 100

// document queues one document with its zones, its own targets and every
// layer; they are written a batch of documents at a time.
func (w *copyWriter) document(d *annotate.Document, seq int64, importedAt string, layers []*annotate.Annotations, targets *targetIndex) error {
	w.pending = append(w.pending, pendingDoc{d, seq, importedAt, layers})
	w.targets = targets
	if len(w.pending) >= docBatch {
		return w.flushDocs()
	}
	return nil
}

// flushDocs writes the queued documents in one statement, then their
// zones, targets and layers.
func (w *copyWriter) flushDocs() error {
	if len(w.pending) == 0 {
		return nil
	}
	ctx := w.t.sctx
	const cols = 10
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	var q strings.Builder
	q.WriteString(`INSERT INTO documents(id, title, text, text_sha256, meta, source_name, source_path, source_size, source_sha256, imported_at) VALUES `)
	args := make([]any, 0, cols*len(w.pending))
	for i, p := range w.pending {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(row)
		meta, err := encodeMeta(p.d.Meta)
		if err != nil {
			return err
		}
		args = append(args, p.d.ID, annotate.Title(p.d), p.d.Text, TextSHA256(p.d.Text), meta, p.d.Source.Name, p.d.Source.Path,
			p.d.Source.Size, p.d.Source.SHA256, p.importedAt)
	}
	q.WriteString(" RETURNING seq")
	rows, err := w.t.tx.QueryContext(ctx, w.t.d.rebindOnce(q.String()), args...)
	if err != nil {
		return err
	}
	seqs := make([]int64, 0, len(w.pending))
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			rows.Close()
			return err
		}
		seqs = append(seqs, seq)
	}
	if err := closeRows(rows); err != nil {
		return err
	}
	if len(seqs) != len(w.pending) {
		return fmt.Errorf("%d documents written, %d numbers returned", len(w.pending), len(seqs))
	}
	for i, p := range w.pending {
		if err := w.rows(p, seqs[i]); err != nil {
			return fmt.Errorf("document %s: %w", p.d.ID, err)
		}
	}
	w.pending = w.pending[:0]
	for _, b := range []*batch{w.zone, w.span, w.relation, w.stance, w.label, w.status} {
		if b.full() {
			return w.flushRows()
		}
	}
	return nil
}

// rows queues a written document's zones and layers, and writes its own
// targets.
func (w *copyWriter) rows(p pendingDoc, to int64) error {
	d, seq := p.d, p.seq
	w.seqs[seq] = to
	if w.first == 0 {
		w.first = to
	}
	for _, z := range d.Zones {
		w.zone.add(to, z.Zone, z.Start, z.End)
	}
	for _, id := range w.targets.own[seq] {
		tg := w.targets.byID[id]
		if _, err := w.target.ExecContext(w.t.sctx, tg.ID, tg.Text, tg.Kind, to); err != nil {
			return fmt.Errorf("target %s: %w", id, err)
		}
	}
	for _, a := range p.layers {
		for _, sp := range a.Spans {
			attrs, err := json.Marshal(nonNil(sp.Attrs))
			if err != nil {
				return err
			}
			w.span.add(to, a.Layer, sp.ID, sp.Start, sp.End, sp.Label, string(attrs), sp.Annotator, sp.Source,
				sp.Status, sp.Note, sp.Pattern, sp.Confidence, joinNames(sp.AgreedBy))
		}
		for _, r := range a.Relations {
			w.relation.add(to, a.Layer, r.Label, r.Head, r.Child, r.Source, r.Status)
		}
		for _, st := range a.Stances {
			var es, ee any
			if st.Evidence != nil {
				es, ee = st.Evidence.Start, st.Evidence.End
			}
			w.stance.add(to, a.Layer, st.Statement, st.Target, st.Label, boolInt(st.Implicit), es, ee, st.Annotator)
		}
		for _, k := range sortedKeys(a.DocLabels) {
			v, err := json.Marshal(a.DocLabels[k])
			if err != nil {
				return err
			}
			w.label.add(to, a.Layer, k, string(v))
		}
		if a.Status != annotate.StatusTodo {
			w.status.add(to, a.Layer, string(a.Status))
		}
	}
	return nil
}

// batch gathers rows for one table and writes many per statement.
type batch struct {
	t      *txn
	head   string // INSERT INTO table(columns)
	suffix string // after the values: ON CONFLICT …
	cols   int
	args   []any
}

// batchParams bounds the parameters of one statement, under SQLite's
// limit (32,766) and PostgreSQL's (65,535).
const batchParams = 30000

func newBatch(t *txn, head string, cols int) *batch {
	return &batch{t: t, head: head, cols: cols}
}

func (b *batch) add(vals ...any) { b.args = append(b.args, vals...) }

func (b *batch) full() bool { return len(b.args)+b.cols > batchParams }

func (b *batch) flush() error {
	if len(b.args) == 0 {
		return nil
	}
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.cols), ", ") + ")"
	n := len(b.args) / b.cols
	var q strings.Builder
	q.Grow(len(b.head) + 8 + n*(len(row)+2))
	q.WriteString(b.head)
	q.WriteString(" VALUES ")
	for i := range n {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(row)
	}
	q.WriteString(b.suffix)
	// Each statement's text differs by its row count: not one for the
	// dialect's cache of rewritten queries.
	_, err := b.t.tx.ExecContext(b.t.sctx, b.t.d.rebindOnce(q.String()), b.args...)
	b.args = b.args[:0]
	return err
}

// docRows copies rows whose first column is a document's seq (hand-out
// queues, suggestions owed), moving them to the copy's seq numbers.
func (w *copyWriter) docRows(ctx context.Context, q querier, query, insert string) error {
	rows, err := q(ctx, query)
	if err != nil {
		return err
	}
	defer rows.close()
	for {
		ok, err := rows.next()
		if err != nil || !ok {
			return err
		}
		seq, _ := rows.int(0)
		if _, err := w.t.exec(insert, w.seqs[seq], rows.str(1)); err != nil {
			return err
		}
	}
}
