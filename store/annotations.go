package store

import (
	"context"
	"database/sql"
	"fmt"

	sqlite3 "github.com/mattn/go-sqlite3"

	"newsmark/annotate"
)

// Annotations reads everything tagged on one document: spans ordered by
// start (longer first on ties), relations and stances in the order made,
// the targets its stances use plus its own, and its document labels.
func (s *Store) Annotations(ctx context.Context, docID string) (*annotate.Annotations, error) {
	var a *annotate.Annotations
	err := s.readTx(ctx, func(c *sqlite3.SQLiteConn) error {
		rows, err := queryRaw(ctx, c, "SELECT seq FROM documents WHERE id = ?", docID)
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
		// The same reader as a whole-project read, for one document.
		targets, err := readTargets(ctx, c)
		if err != nil {
			return err
		}
		m, err := (&chunkReader{c: c, targets: targets}).openMerger(ctx, seq, seq)
		if err != nil {
			return fmt.Errorf("annotations of %s: %w", docID, err)
		}
		defer m.close()
		if a, err = m.collect(seq, &annotate.Document{}); err != nil {
			return fmt.Errorf("annotations of %s: %w", docID, err)
		}
		return nil
	})
	return a, err
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
