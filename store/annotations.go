package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"newsmark/annotate"
)

// Annotations reads everything tagged on one document: spans ordered by
// start (longer first on ties), relations and stances in the order made,
// the targets its stances use plus its own, and its document labels.
func (s *Store) Annotations(ctx context.Context, docID string) (*annotate.Annotations, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	seq, err := docSeq(ctx, tx, docID)
	if err != nil {
		return nil, err
	}
	a, err := readAnnotations(ctx, tx, seq)
	if err != nil {
		return nil, fmt.Errorf("annotations of %s: %w", docID, err)
	}
	return a, nil
}

type querier interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

func readAnnotations(ctx context.Context, q querier, seq int64) (*annotate.Annotations, error) {
	a := &annotate.Annotations{}
	rows, err := q.QueryContext(ctx, `SELECT id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence
		FROM spans WHERE doc = ? ORDER BY start, "end" DESC, id`, seq)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		sp, err := scanSpan(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		a.Spans = append(a.Spans, *sp)
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, `SELECT label, head, child, source, status FROM relations WHERE doc = ? ORDER BY rowid`, seq)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var r annotate.Relation
		if err := rows.Scan(&r.Label, &r.Head, &r.Child, &r.Source, &r.Status); err != nil {
			rows.Close()
			return nil, err
		}
		a.Relations = append(a.Relations, r)
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, `SELECT statement, target, label, implicit, evidence_start, evidence_end, annotator
		FROM stances WHERE doc = ? ORDER BY rowid`, seq)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		st, err := scanStance(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		a.Stances = append(a.Stances, *st)
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, `SELECT id, text, kind, doc IS NOT NULL FROM targets
		WHERE doc = ?1 OR id IN (SELECT target FROM stances WHERE doc = ?1) ORDER BY rowid`, seq)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var t annotate.Target
		var own bool
		if err := rows.Scan(&t.ID, &t.Text, &t.Kind, &own); err != nil {
			rows.Close()
			return nil, err
		}
		if own {
			t.DocID = "doc"
		}
		a.Targets = append(a.Targets, t)
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, `SELECT key, value FROM doc_labels WHERE doc = ? ORDER BY key`, seq)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return nil, err
		}
		var val any
		if err := json.Unmarshal([]byte(v), &val); err != nil {
			rows.Close()
			return nil, fmt.Errorf("document label %s: %w", k, err)
		}
		if a.DocLabels == nil {
			a.DocLabels = map[string]any{}
		}
		a.DocLabels[k] = val
	}
	return a, closeRows(rows)
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
	rows, err := s.db.QueryContext(ctx, `SELECT t.id, t.text, t.kind, coalesce(d.id, '') FROM targets t
		LEFT JOIN documents d ON d.seq = t.doc WHERE t.doc IS NULL OR d.id = ? ORDER BY t.rowid`, docID)
	if err != nil {
		return nil, err
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

// CanonicalNames lists every canonical speaker name used in the project,
// most used first, for completion.
func (s *Store) CanonicalNames(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT json_extract(attrs, '$.canonical') AS c, count(*) AS n FROM spans
		WHERE label = 'SPEAKER' AND status != 'rejected' AND c IS NOT NULL AND c != '' GROUP BY c ORDER BY n DESC, c`)
	if err != nil {
		return nil, err
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
