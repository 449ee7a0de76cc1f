package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"maps"

	"newsmark/annotate"
)

// cursor walks one table ordered by document, so a whole-project export is
// one pass over each table instead of one query per document.
type cursor[T any] struct {
	rows *sql.Rows
	scan func(*sql.Rows) (int64, T, error)
	has  bool
	seq  int64
	val  T
}

func openCursor[T any](ctx context.Context, tx *sql.Tx, q string, scan func(*sql.Rows) (int64, T, error)) (*cursor[T], error) {
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c := &cursor[T]{rows: rows, scan: scan}
	return c, c.next()
}

func (c *cursor[T]) next() error {
	c.has = c.rows.Next()
	if !c.has {
		return c.rows.Err()
	}
	var err error
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

type merger struct {
	zones     *cursor[annotate.Zone]
	spans     *cursor[annotate.Span]
	relations *cursor[annotate.Relation]
	stances   *cursor[annotate.Stance]
	labels    *cursor[[2]string]
	attrs     attrCache
	targets   map[string]annotate.Target
	ownTarget map[int64][]string
	order     map[string]int
}

func newMerger(ctx context.Context, tx *sql.Tx) (*merger, error) {
	m := &merger{targets: map[string]annotate.Target{}, ownTarget: map[int64][]string{}, order: map[string]int{}}
	rows, err := tx.QueryContext(ctx, "SELECT id, text, kind, doc FROM targets ORDER BY rowid")
	if err != nil {
		return nil, err
	}
	for i := 0; rows.Next(); i++ {
		var t annotate.Target
		var doc sql.NullInt64
		if err := rows.Scan(&t.ID, &t.Text, &t.Kind, &doc); err != nil {
			rows.Close()
			return nil, err
		}
		if doc.Valid {
			t.DocID = "doc"
			m.ownTarget[doc.Int64] = append(m.ownTarget[doc.Int64], t.ID)
		}
		m.targets[t.ID] = t
		m.order[t.ID] = i
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	if m.zones, err = openCursor(ctx, tx, `SELECT doc, zone, start, "end" FROM zones ORDER BY doc, start, "end" DESC, zone`,
		func(r *sql.Rows) (int64, annotate.Zone, error) {
			var seq int64
			var z annotate.Zone
			err := r.Scan(&seq, &z.Zone, &z.Start, &z.End)
			return seq, z, err
		}); err != nil {
		return nil, err
	}
	if m.spans, err = openCursor(ctx, tx, `SELECT doc, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence
		FROM spans ORDER BY doc, start, "end" DESC, id`,
		func(r *sql.Rows) (int64, annotate.Span, error) {
			var seq int64
			var sp annotate.Span
			var attrs string
			err := r.Scan(&seq, &sp.ID, &sp.Start, &sp.End, &sp.Label, &attrs, &sp.Annotator, &sp.Source, &sp.Status,
				&sp.Note, &sp.Pattern, &sp.Confidence)
			if err == nil && attrs != "{}" {
				sp.Attrs, err = m.attrs.decode(attrs)
			}
			return seq, sp, err
		}); err != nil {
		return nil, err
	}
	if m.relations, err = openCursor(ctx, tx, `SELECT doc, label, head, child, source, status FROM relations ORDER BY doc, rowid`,
		func(r *sql.Rows) (int64, annotate.Relation, error) {
			var seq int64
			var rel annotate.Relation
			err := r.Scan(&seq, &rel.Label, &rel.Head, &rel.Child, &rel.Source, &rel.Status)
			return seq, rel, err
		}); err != nil {
		return nil, err
	}
	if m.stances, err = openCursor(ctx, tx, `SELECT doc, statement, target, label, implicit, evidence_start, evidence_end, annotator
		FROM stances ORDER BY doc, rowid`,
		func(r *sql.Rows) (int64, annotate.Stance, error) {
			var seq int64
			var st annotate.Stance
			var es, ee sql.NullInt64
			err := r.Scan(&seq, &st.Statement, &st.Target, &st.Label, &st.Implicit, &es, &ee, &st.Annotator)
			if es.Valid && ee.Valid {
				st.Evidence = &annotate.Evidence{Start: int(es.Int64), End: int(ee.Int64)}
			}
			return seq, st, err
		}); err != nil {
		return nil, err
	}
	if m.labels, err = openCursor(ctx, tx, `SELECT doc, key, value FROM doc_labels ORDER BY doc, key`,
		func(r *sql.Rows) (int64, [2]string, error) {
			var seq int64
			var kv [2]string
			err := r.Scan(&seq, &kv[0], &kv[1])
			return seq, kv, err
		}); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *merger) close() {
	for _, c := range []*sql.Rows{m.zones.rows, m.spans.rows, m.relations.rows, m.stances.rows, m.labels.rows} {
		c.Close()
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
	for _, id := range m.ownTarget[seq] {
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
	sortByOrder(ids, m.order)
	for _, id := range ids {
		a.Targets = append(a.Targets, m.targets[id])
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
