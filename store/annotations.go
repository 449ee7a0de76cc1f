package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

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
	var counts map[string]int
	for rows.Next() {
		var c string
		var n int
		if err := rows.Scan(&c, &n); err != nil {
			return nil, err
		}
		out = append(out, c)
		if counts == nil {
			counts = map[string]int{}
		}
		counts[c] = n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	// Suggestion sets' speakers count as their rows would (suggest_sets.go).
	more, err := s.suggestionSetSpeakers(ctx)
	if err != nil || len(more) == 0 {
		return out, err
	}
	if counts == nil {
		counts = map[string]int{}
	}
	for c, n := range more {
		counts[c] += n
	}
	return s.orderCanonicalNames(ctx, counts)
}

// suggestionSetSpeakers counts the canonical names of the speakers in
// every suggestion set, as CanonicalNames counts those of the spans table.
func (s *Store) suggestionSetSpeakers(ctx context.Context) (map[string]int, error) {
	rows, err := s.query(ctx, `SELECT e.body, e.ops, e.inverse FROM suggest_sets x JOIN events e ON e.id = x.event`)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out map[string]int
	for rows.Next() {
		var body []byte
		var ops, inverse string
		if err := rows.Scan(&body, &ops, &inverse); err != nil {
			return nil, err
		}
		spans, attrs, _, err := suggestionSetRows(body, ops, inverse)
		if err != nil {
			return nil, err
		}
		for k, sp := range spans {
			if sp.Label != "SPEAKER" || sp.Status == annotate.SpanRejected || !strings.Contains(attrs[k], `"canonical"`) {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(attrs[k]), &m); err != nil {
				return nil, err
			}
			c := ""
			switch v := m["canonical"].(type) {
			case nil:
			case string:
				c = v
			default:
				js, _ := json.Marshal(v)
				c = string(js)
			}
			if c == "" {
				continue
			}
			if out == nil {
				out = map[string]int{}
			}
			out[c]++
		}
	}
	return out, closeRows(rows)
}

// orderCanonicalNames orders names most used first, then as the engine
// orders text (CanonicalNames' order).
func (s *Store) orderCanonicalNames(ctx context.Context, counts map[string]int) ([]string, error) {
	names := make([]string, 0, len(counts))
	for c := range counts {
		names = append(names, c)
	}
	if len(names) > 5000 {
		slices.SortFunc(names, func(a, b string) int {
			if counts[a] != counts[b] {
				return counts[b] - counts[a]
			}
			return strings.Compare(a, b)
		})
		return names, nil
	}
	var q strings.Builder
	args := make([]any, 0, 2*len(names))
	q.WriteString("SELECT column1 FROM (VALUES ")
	for i, c := range names {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(CAST(? AS TEXT), CAST(? AS INTEGER))")
		args = append(args, c, counts[c])
	}
	q.WriteString(") AS v ORDER BY column2 DESC, column1")
	rows, err := s.query(ctx, q.String(), args...)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	out := make([]string, 0, len(names))
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, closeRows(rows)
}
