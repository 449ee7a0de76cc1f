package store

import (
	"database/sql"
	"errors"
	"fmt"

	"newsmark/annotate"
	"newsmark/annotate/search"
)

// The search facets (search_facets) are what each document's layer can be
// found by: its labels, canonical speakers, targets, stances, a claim
// marked check-worthy, pending suggestions (search.Facets). They are kept
// in the transaction of every write that changes a layer (applyOps: edits,
// undo, imports, merges, adjudication, suggestions), so a filter reads an
// index instead of every document's annotations.

func facetSpansQuery(d dialect) string {
	canonical := d.jsonText("attrs", "canonical")
	return fmt.Sprintf(`SELECT id, label, status, %s, %s,
		CASE WHEN label = 'SPEAKER' AND %s = '' THEN substr((SELECT text FROM documents WHERE seq = ?1), start + 1, "end" - start) ELSE '' END
		FROM spans WHERE doc = ?1 AND layer = ?2`, canonical, d.jsonText("attrs", "checkworthy"), canonical)
}

// refreshFacets brings document seq's facets in layer up to date with
// what the layer holds now, writing only what changed.
func refreshFacets(t *txn, seq int64, layer string) error {
	return refreshFacetsWith(t, seq, layer, nil)
}

// refreshFacetsWith is refreshFacets for the layer with extra's spans and
// links besides its rows (a suggestion set about to be stored), nil for
// none. With extra it fails with errFacetOrder where the facets could
// depend on the order the links are read in.
func refreshFacetsWith(t *txn, seq int64, layer string, extra *facetExtra) error {
	want, sum, err := layerFacets(t, seq, layer, extra)
	if errors.Is(err, errFacetOrder) {
		return err
	}
	if err != nil {
		return fmt.Errorf("search facets: %w", err)
	}
	if _, err := t.exec(`INSERT INTO layer_summary(doc, layer, status, spans, pending) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(layer, doc) DO UPDATE SET status = excluded.status, spans = excluded.spans, pending = excluded.pending`,
		seq, layer, sum.status, sum.spans, sum.pending); err != nil {
		return fmt.Errorf("document list line: %w", err)
	}
	have := map[search.Facet]bool{}
	if err := t.eachRow("SELECT facet, value FROM search_facets WHERE doc = ? AND layer = ?", []any{seq, layer}, func(r *sql.Rows) error {
		var f search.Facet
		if err := r.Scan(&f.Kind, &f.Value); err != nil {
			return err
		}
		have[f] = true
		return nil
	}); err != nil {
		return fmt.Errorf("search facets: %w", err)
	}
	for _, f := range want {
		if have[f] {
			delete(have, f)
			continue
		}
		if _, err := t.exec("INSERT INTO search_facets(layer, facet, value, doc) VALUES (?, ?, ?, ?)", layer, f.Kind, f.Value, seq); err != nil {
			return fmt.Errorf("search facets: %w", err)
		}
	}
	for f := range have {
		if _, err := t.exec("DELETE FROM search_facets WHERE layer = ? AND facet = ? AND value = ? AND doc = ?", layer, f.Kind, f.Value, seq); err != nil {
			return fmt.Errorf("search facets: %w", err)
		}
	}
	return nil
}

// layerFacets reads what search.Facets needs of document seq's layer: its
// spans (with a speaker's canonical name or words), the said_by and coref
// links, its stances with their targets' text, whether it has document
// labels and its status.
func layerFacets(t *txn, seq int64, layer string, extra *facetExtra) ([]search.Facet, layerLine, error) {
	var line layerLine
	a := &annotate.Annotations{}
	mentions := map[string]string{}
	err := t.eachRow(facetSpansQuery(t.d), []any{seq, layer}, func(r *sql.Rows) error {
		var sp annotate.Span
		var canonical, checkworthy, mention string
		if err := r.Scan(&sp.ID, &sp.Label, &sp.Status, &canonical, &checkworthy, &mention); err != nil {
			return err
		}
		if canonical != "" || checkworthy != "" {
			sp.Attrs = map[string]any{}
			if canonical != "" {
				sp.Attrs["canonical"] = canonical
			}
			if checkworthy != "" {
				sp.Attrs["checkworthy"] = checkworthy
			}
		}
		if mention != "" {
			mentions[sp.ID] = mention
		}
		a.Spans = append(a.Spans, sp)
		line.count(sp.Status)
		return nil
	})
	if err != nil {
		return nil, line, err
	}
	if extra != nil {
		if err := extra.addSpans(a, mentions, &line); err != nil {
			return nil, line, err
		}
	}
	err = t.eachRow(`SELECT label, head, child, status FROM relations WHERE doc = ? AND layer = ? AND label IN ('said_by', 'coref')`, []any{seq, layer}, func(r *sql.Rows) error {
		var rel annotate.Relation
		if err := r.Scan(&rel.Label, &rel.Head, &rel.Child, &rel.Status); err != nil {
			return err
		}
		a.Relations = append(a.Relations, rel)
		return nil
	})
	if err != nil {
		return nil, line, err
	}
	if extra != nil {
		if err := extra.addRelations(a); err != nil {
			return nil, line, err
		}
	}
	targets := map[string]string{}
	err = t.eachRow(`SELECT s.statement, s.target, s.label, g.text FROM stances s JOIN targets g ON g.id = s.target WHERE s.doc = ? AND s.layer = ?`, []any{seq, layer}, func(r *sql.Rows) error {
		var st annotate.Stance
		var text string
		if err := r.Scan(&st.Statement, &st.Target, &st.Label, &text); err != nil {
			return err
		}
		targets[st.Target] = text
		a.Stances = append(a.Stances, st)
		return nil
	})
	if err != nil {
		return nil, line, err
	}
	var labels int
	var status string
	if err := t.queryRow(`SELECT (SELECT count(*) FROM doc_labels WHERE doc = ?1 AND layer = ?2),
		coalesce((SELECT status FROM doc_status WHERE doc = ?1 AND layer = ?2), 'todo')`, seq, layer).Scan(&labels, &status); err != nil {
		return nil, line, err
	}
	line.status = status
	if labels > 0 {
		a.DocLabels = map[string]any{"": true}
	}
	a.Status = annotate.Status(status)
	return search.Facets(a, targets, func(sp annotate.Span) string { return mentions[sp.ID] }), line, nil
}

// layerLine is a document's line in a layer's list.
type layerLine struct {
	status         string
	spans, pending int
}

// count adds a span of the given status to the line's counts: accepted
// spans and pending suggestions (rejected ones count for neither).
func (l *layerLine) count(status string) {
	switch status {
	case annotate.SpanAccepted:
		l.spans++
	case annotate.SpanPending:
		l.pending++
	}
}

// eachRow runs a query in t, through the transaction's prepared statement
// when the dialect keeps them (the rows are read to the end before the
// statement is used again), and calls fn on each row.
func (t *txn) eachRow(q string, args []any, fn func(*sql.Rows) error) error {
	st, err := t.stmt(q)
	if err != nil {
		return err
	}
	var rows *sql.Rows
	if st != nil {
		rows, err = st.QueryContext(t.sctx, args...)
	} else {
		rows, err = t.tx.QueryContext(t.sctx, t.d.rebind(q), args...)
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// buildFacets computes the facets of every document's every layer from
// scratch: a project from before they were kept, or one just copied.
func buildFacets(t *txn) error {
	for _, table := range []string{"search_facets", "layer_summary"} {
		if _, err := t.exec("DELETE FROM " + table); err != nil {
			return err
		}
	}
	type pair struct {
		seq   int64
		layer string
	}
	var pairs []pair
	err := t.eachRow(`SELECT doc, layer FROM spans UNION SELECT doc, layer FROM doc_status
		UNION SELECT doc, layer FROM doc_labels ORDER BY 1, 2`, nil, func(r *sql.Rows) error {
		var p pair
		if err := r.Scan(&p.seq, &p.layer); err != nil {
			return err
		}
		pairs = append(pairs, p)
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range pairs {
		if err := t.ctx.Err(); err != nil {
			return err
		}
		if err := refreshFacets(t, p.seq, p.layer); err != nil {
			return fmt.Errorf("document %d, layer %s: %w", p.seq, p.layer, err)
		}
	}
	return nil
}
