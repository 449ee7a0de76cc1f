package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

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
		return from.readTx(ctx, func(q querier) error {
			return copyAll(ctx, q, from.d, t, progress)
		})
	})
	if err != nil {
		return fmt.Errorf("copy %s to %s: %w", from.path, to.path, to.explain(from.explain(err)))
	}
	return nil
}

// copyRows copies a query's rows into a table, one statement per row.
func copyRows(ctx context.Context, q querier, t *txn, query, insert string) error {
	rows, err := q(ctx, query)
	if err != nil {
		return err
	}
	defer rows.close()
	st, err := t.prepare(insert)
	if err != nil {
		return err
	}
	defer st.Close()
	for {
		ok, err := rows.next()
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if _, err := st.ExecContext(t.sctx, rows.copyRow()...); err != nil {
			return err
		}
	}
}

func copyAll(ctx context.Context, q querier, fromD dialect, t *txn, progress func(done, total int)) error {
	if err := copyRows(ctx, q, t, "SELECT key, value FROM settings",
		"INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"); err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	plan, err := planChunks(ctx, q, "1 = 1", nil)
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
	if w.first != 0 {
		if err := t.d.indexDocuments(t, w.first); err != nil {
			return err
		}
	}
	for _, c := range []struct{ what, query, insert string }{
		{"the event log", "SELECT id, at, actor, layer, doc, kind, ref, summary, ops, inverse, body FROM events ORDER BY id",
			"INSERT INTO events(id, at, actor, layer, doc, kind, ref, summary, ops, inverse, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
		{"undo histories", "SELECT event, actor, layer, undone FROM history ORDER BY event",
			"INSERT INTO history(event, actor, layer, undone) VALUES (?, ?, ?, ?)"},
		{"layers", "SELECT name, began_at FROM layers ORDER BY name",
			"INSERT INTO layers(name, began_at) VALUES (?, ?) ON CONFLICT DO NOTHING"},
		{"merged layers", "SELECT layer, project, file, merged_at FROM layer_sources ORDER BY layer",
			"INSERT INTO layer_sources(layer, project, file, merged_at) VALUES (?, ?, ?, ?)"},
	} {
		if err := copyRows(ctx, q, t, c.query, c.insert); err != nil {
			return fmt.Errorf("%s: %w", c.what, err)
		}
	}
	if err := w.assignments(ctx, q); err != nil {
		return fmt.Errorf("hand-out queues: %w", err)
	}
	if err := w.owed(ctx, q); err != nil {
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
	t                                                *txn
	doc, zone, span, relation, stance, label, status *sql.Stmt
	target                                           *sql.Stmt
	seqs                                             map[int64]int64 // source seq → copy's seq
	first                                            int64
}

func newCopyWriter(t *txn) (*copyWriter, error) {
	w := &copyWriter{t: t, seqs: map[int64]int64{}}
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		{&w.doc, `INSERT INTO documents(id, title, text, text_sha256, meta, source_name, source_path, source_size, source_sha256, imported_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`},
		{&w.zone, `INSERT INTO zones(doc, zone, start, "end") VALUES (?, ?, ?, ?)`},
		{&w.span, `INSERT INTO spans(doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence, agreed_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.relation, `INSERT INTO relations(doc, layer, label, head, child, source, status) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.stance, `INSERT INTO stances(doc, layer, statement, target, label, implicit, evidence_start, evidence_end, annotator)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.label, `INSERT INTO doc_labels(doc, layer, key, value) VALUES (?, ?, ?, ?)`},
		{&w.status, `INSERT INTO doc_status(doc, layer, status) VALUES (?, ?, ?)`},
		{&w.target, `INSERT INTO targets(id, text, kind, doc) VALUES (?, ?, ?, ?)`},
	} {
		st, err := t.prepare(p.q)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.st = st
	}
	return w, nil
}

func (w *copyWriter) close() {
	for _, st := range []*sql.Stmt{w.doc, w.zone, w.span, w.relation, w.stance, w.label, w.status, w.target} {
		if st != nil {
			st.Close()
		}
	}
}

// document writes one document with its zones, its own targets and every layer.
func (w *copyWriter) document(d *annotate.Document, seq int64, importedAt string, layers []*annotate.Annotations, targets *targetIndex) error {
	ctx := w.t.sctx
	meta, err := encodeMeta(d.Meta)
	if err != nil {
		return err
	}
	var to int64
	if err := w.doc.QueryRowContext(ctx, d.ID, annotate.Title(d), d.Text, TextSHA256(d.Text), meta, d.Source.Name, d.Source.Path,
		d.Source.Size, d.Source.SHA256, importedAt).Scan(&to); err != nil {
		return err
	}
	w.seqs[seq] = to
	if w.first == 0 {
		w.first = to
	}
	for _, z := range d.Zones {
		if _, err := w.zone.ExecContext(ctx, to, z.Zone, z.Start, z.End); err != nil {
			return err
		}
	}
	for _, id := range targets.own[seq] {
		tg := targets.byID[id]
		if _, err := w.target.ExecContext(ctx, tg.ID, tg.Text, tg.Kind, to); err != nil {
			return fmt.Errorf("target %s: %w", id, err)
		}
	}
	for _, a := range layers {
		for _, sp := range a.Spans {
			attrs, err := json.Marshal(nonNil(sp.Attrs))
			if err != nil {
				return err
			}
			if _, err := w.span.ExecContext(ctx, to, a.Layer, sp.ID, sp.Start, sp.End, sp.Label, string(attrs), sp.Annotator, sp.Source,
				sp.Status, sp.Note, sp.Pattern, sp.Confidence, joinNames(sp.AgreedBy)); err != nil {
				return fmt.Errorf("%s's span %s: %w", a.Layer, sp.ID, err)
			}
		}
		for _, r := range a.Relations {
			if _, err := w.relation.ExecContext(ctx, to, a.Layer, r.Label, r.Head, r.Child, r.Source, r.Status); err != nil {
				return err
			}
		}
		for _, st := range a.Stances {
			var es, ee any
			if st.Evidence != nil {
				es, ee = st.Evidence.Start, st.Evidence.End
			}
			if _, err := w.stance.ExecContext(ctx, to, a.Layer, st.Statement, st.Target, st.Label, boolInt(st.Implicit), es, ee, st.Annotator); err != nil {
				return err
			}
		}
		for _, k := range sortedKeys(a.DocLabels) {
			v, err := json.Marshal(a.DocLabels[k])
			if err != nil {
				return err
			}
			if _, err := w.label.ExecContext(ctx, to, a.Layer, k, string(v)); err != nil {
				return err
			}
		}
		if a.Status != annotate.StatusTodo {
			if _, err := w.status.ExecContext(ctx, to, a.Layer, string(a.Status)); err != nil {
				return err
			}
		}
	}
	return nil
}

// assignments copies the hand-out queues, moving their documents to the
// copy's seq numbers.
func (w *copyWriter) assignments(ctx context.Context, q querier) error {
	rows, err := q(ctx, "SELECT doc, analyst FROM assignments ORDER BY analyst, doc")
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
		if _, err := w.t.exec("INSERT INTO assignments(doc, analyst) VALUES (?, ?)", w.seqs[seq], rows.str(1)); err != nil {
			return err
		}
	}
}

// owed copies the suggestions owed to imported documents.
func (w *copyWriter) owed(ctx context.Context, q querier) error {
	rows, err := q(ctx, "SELECT doc, layer FROM suggest_owed ORDER BY doc, layer")
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
		if _, err := w.t.exec("INSERT INTO suggest_owed(doc, layer) VALUES (?, ?)", w.seqs[seq], rows.str(1)); err != nil {
			return err
		}
	}
}
