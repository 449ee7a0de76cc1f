package store

import (
	"context"
	"database/sql"
	"fmt"

	"newsmark/annotate"
)

// Annotations reads everything tagged on one document in one layer: spans
// ordered by start (longer first on ties), relations and stances in the
// order made, the targets its stances use plus the document's own, its
// document labels and its status. A layer with nothing there reads empty.
func (s *Store) Annotations(ctx context.Context, docID, layer string) (*annotate.Annotations, error) {
	layers, err := s.readDoc(ctx, docID, layer)
	if err != nil {
		return nil, err
	}
	return layers[0], nil
}

// Layers reads every layer with work in one document (analysts' and gold),
// ordered by name.
func (s *Store) Layers(ctx context.Context, docID string) ([]*annotate.Annotations, error) {
	return s.readDoc(ctx, docID, "")
}

func (s *Store) readDoc(ctx context.Context, docID, layer string) ([]*annotate.Annotations, error) {
	var out []*annotate.Annotations
	err := s.readTx(ctx, func(q querier) error {
		rows, err := q(ctx, "SELECT seq FROM documents WHERE id = ?", docID)
		if err != nil {
			return err
		}
		ok, err := rows.next()
		seq, _ := rows.int(0)
		rows.close()
		switch {
		case err != nil:
			return err
		case !ok:
			return fmt.Errorf("document %s: %w", docID, ErrNotFound)
		}
		out, err = readLayers(ctx, q, s.d, seq, layer)
		if err != nil {
			return fmt.Errorf("annotations of %s: %w", docID, err)
		}
		return nil
	})
	return out, s.explain(err)
}

// readLayers reads document seq's layer (or every layer, for "") with the
// same reader as a whole-project read.
func readLayers(ctx context.Context, q querier, d dialect, seq int64, layer string) ([]*annotate.Annotations, error) {
	targets, err := readTargets(ctx, q, d)
	if err != nil {
		return nil, err
	}
	m, err := (&chunkReader{q: q, layer: layer, d: d, targets: targets}).openMerger(ctx, seq, seq)
	if err != nil {
		return nil, err
	}
	defer m.close()
	return m.collect(seq, &annotate.Document{})
}

// readLayer reads one layer of document seq inside a write transaction.
func readLayer(t *txn, seq int64, layer string) (*annotate.Annotations, error) {
	layers, err := readLayers(t.ctx, forDialect(txQuerier(t), t.d), t.d, seq, layer)
	if err != nil {
		return nil, err
	}
	return layers[0], nil
}

func closeRows(rows *sql.Rows) error {
	err := rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return err
}

// Targets lists every stance target of the project: project-wide ones, and
// those of the document docID ("" for project-wide only), for completion
// and pickers.
func (s *Store) Targets(ctx context.Context, docID string) ([]annotate.Target, error) {
	rows, err := s.query(ctx, `SELECT t.id, t.text, t.kind, coalesce(d.id, '') FROM targets t
		LEFT JOIN documents d ON d.seq = t.doc WHERE t.doc IS NULL OR d.id = ? ORDER BY t.`+s.d.madeOrder(), docID)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []annotate.Target
	for rows.Next() {
		var t annotate.Target
		if err := rows.Scan(&t.ID, &t.Text, &t.Kind, &t.DocID); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// CanonicalNames lists every canonical speaker name used in the project's
// layers, most used first, for completion.
func (s *Store) CanonicalNames(ctx context.Context) ([]string, error) {
	c := s.d.jsonText("attrs", "canonical")
	rows, err := s.query(ctx, `SELECT `+c+` AS c, count(*) AS n FROM spans
		WHERE label = 'SPEAKER' AND status != 'rejected' AND `+c+` != '' GROUP BY `+c+` ORDER BY n DESC, c`)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		var n int
		if err := rows.Scan(&c, &n); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
