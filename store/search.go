package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"newsmark/annotate"
	"newsmark/annotate/search"
)

// Search returns the ids of the documents that match q, in list (import)
// order: its words and phrases in the title or text (accents and case
// ignored), and its filters in layer's annotations (q.Analyst's layer
// when it names one). An empty query matches nothing: the caller shows
// every document without asking.
func (s *Store) Search(ctx context.Context, q search.Query, layer string) ([]string, error) {
	set, args := s.matchSet(q, layer)
	if set == "" {
		return nil, nil
	}
	rows, err := s.read.QueryContext(ctx, s.d.rebindOnce("SELECT d.id FROM documents d WHERE d.seq IN ("+set+") ORDER BY d.seq"), args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", s.explain(err))
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, s.explain(err)
		}
		ids = append(ids, id)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("search: %w", s.explain(err))
	}
	return ids, nil
}

// SearchDocuments is Search with each match's line of the document list
// (title, status and counts in layer).
func (s *Store) SearchDocuments(ctx context.Context, q search.Query, layer string) ([]DocSummary, error) {
	set, args := s.matchSet(q, layer)
	if set == "" {
		return nil, nil
	}
	// summaryColumns takes the layer as ?1.
	args = append([]any{layer}, args...)
	set = shiftPlaceholders(set, 1)
	rows, err := s.read.QueryContext(ctx, s.d.rebindOnce(summaryColumns+" WHERE d.seq IN ("+set+") ORDER BY d.seq"), args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", s.explain(err))
	}
	defer rows.Close()
	var out []DocSummary
	for rows.Next() {
		var d DocSummary
		var st string
		if err := rows.Scan(&d.ID, &d.Title, &st, &d.Spans, &d.Pending); err != nil {
			return nil, s.explain(err)
		}
		d.Status = annotate.Status(st)
		out = append(out, d)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("search: %w", s.explain(err))
	}
	return out, nil
}

// matchSet is a compound SELECT of the seq of every document matching q,
// with ?N placeholders numbered from 1, and its arguments; "" when q asks
// for nothing. Each word, phrase and filter is one set read from an index
// (the full-text index, search_facets, doc_status), intersected, and the
// negated ones taken away.
func (s *Store) matchSet(q search.Query, layer string) (string, []any) {
	if q.Empty() {
		return "", nil
	}
	if q.Analyst != "" {
		layer = q.Analyst
	}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "?" + strconv.Itoa(len(args))
	}
	var with, without []string
	facet := func(kind, value string, not bool) {
		set := "SELECT doc FROM search_facets WHERE layer = " + arg(layer) + " AND facet = " + arg(kind) + " AND value = " + arg(value)
		if not {
			without = append(without, set)
		} else {
			with = append(with, set)
		}
	}
	var words []search.Term
	for _, t := range q.Terms {
		if t.Not {
			text, v := s.d.textMatch([]search.Term{t})
			without = append(without, strings.Replace(text, "?", arg(v), 1))
		} else {
			words = append(words, t)
		}
	}
	if len(words) > 0 {
		text, v := s.d.textMatch(words)
		with = append(with, strings.Replace(text, "?", arg(v), 1))
	}
	// A stance with a speaker or target is the same statement's: the pair
	// is one facet.
	var speakers, targets []string
	for _, f := range q.Filters {
		if !f.Not && f.Name == "speaker" {
			speakers = append(speakers, search.Fold(f.Value))
		}
		if !f.Not && f.Name == "target" {
			targets = append(targets, search.Fold(f.Value))
		}
	}
	paired := false
	for _, f := range q.Filters {
		if f.Name == "stance" && !f.Not && len(speakers)+len(targets) > 0 {
			for _, sp := range speakers {
				facet(search.FacetSaid, search.Pair(sp, f.Value), false)
			}
			for _, tg := range targets {
				facet(search.FacetOn, search.Pair(tg, f.Value), false)
			}
			paired = true
		}
	}
	for _, f := range q.Filters {
		switch f.Name {
		case "label":
			facet(search.FacetLabel, search.Fold(f.Value), f.Not)
		case "speaker", "target":
			if !paired || f.Not {
				facet(f.Name, search.Fold(f.Value), f.Not)
			}
		case "stance":
			if f.Not || len(speakers)+len(targets) == 0 {
				facet(search.FacetStance, f.Value, f.Not)
			}
		case "pending":
			facet(search.FacetPending, "yes", f.Not)
		case "checkworthy":
			facet(search.FacetCheckworthy, "yes", f.Not)
		case "status":
			// No row is to do: to do is every document but those started or done.
			not := f.Not
			var set string
			if f.Value == string(annotate.StatusTodo) {
				set = "SELECT doc FROM doc_status WHERE layer = " + arg(layer) + " AND status != 'todo'"
				not = !not
			} else {
				set = "SELECT doc FROM doc_status WHERE layer = " + arg(layer) + " AND status = " + arg(f.Value)
			}
			if not {
				without = append(without, set)
			} else {
				with = append(with, set)
			}
		}
	}
	if len(with) == 0 && q.Analyst != "" {
		facet(search.FacetWork, "yes", false)
	}
	if len(with) == 0 {
		with = append(with, "SELECT seq FROM documents")
	}
	set := strings.Join(with, " INTERSECT ")
	for _, n := range without {
		set += " EXCEPT " + n
	}
	return set, args
}

// shiftPlaceholders renumbers ?N placeholders in q as ?N+by.
func shiftPlaceholders(q string, by int) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if q[i] != '?' {
			b.WriteByte(q[i])
			continue
		}
		j := i + 1
		for j < len(q) && q[j] >= '0' && q[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(q[i+1 : j])
		b.WriteString("?" + strconv.Itoa(n+by))
		i = j - 1
	}
	return b.String()
}
