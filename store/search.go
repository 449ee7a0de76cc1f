package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"newsmark/annotate"
	"newsmark/annotate/search"
)

// Search returns the ids of the documents that match q, in list (import)
// order: its words and phrases in the title or text (accents and case
// ignored), and its filters in layer's annotations (q.Analyst's layer
// when it names one). An empty query matches nothing: the caller shows
// every document without asking.
func (s *Store) Search(ctx context.Context, q search.Query, layer string) ([]string, error) {
	seqs, err := s.matchSeqs(ctx, q, layer)
	if err != nil || len(seqs) == 0 {
		return nil, err
	}
	ids, err := s.ids.of(ctx, s, seqs)
	if err != nil {
		return nil, fmt.Errorf("search: %w", s.explain(err))
	}
	return ids, nil
}

// matchSeqs is the seqs of the documents matching q, sorted: on a team
// project's search mirror and the server together when the mirror can
// answer, else on the project's own indexes.
func (s *Store) matchSeqs(ctx context.Context, q search.Query, layer string) ([]int64, error) {
	if seqs, ok, err := s.mirrorMatch(ctx, q, layer); ok || err != nil {
		return seqs, err
	}
	set, args := s.matchSet(q, layer)
	if set == "" {
		return nil, nil
	}
	// The set alone, read from the indexes as one row of numbers (stepping
	// through 100,000 rows costs more than finding them); the ids come
	// from memory, as joining the documents for them took most of a
	// common word's time.
	seqs, err := s.seqsOf(ctx, set, args)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return seqs, nil
}

// seqsOf reads set, a compound SELECT with ?N placeholders, as sorted seqs.
func (s *Store) seqsOf(ctx context.Context, set string, args []any) ([]int64, error) {
	var list sql.NullString
	if err := s.searchRow(ctx, s.d.rebindOnce(s.d.seqList(set)), args).Scan(&list); err != nil {
		return nil, s.explain(err)
	}
	seqs, err := parseSeqs(list.String)
	if err != nil {
		return nil, err
	}
	slices.Sort(seqs)
	return seqs, nil
}

// searchRow runs a search's one-row query on the read pool, with the
// dialect's settings for searching when it has some (in a read-only
// transaction of its own, so they end with it).
func (s *Store) searchRow(ctx context.Context, q string, args []any) scanner {
	set := s.d.searchSettings()
	if set == "" {
		return s.read.QueryRowContext(ctx, q, args...)
	}
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return errRow{err}
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, set); err != nil {
		return errRow{err}
	}
	var list sql.NullString
	if err := tx.QueryRowContext(ctx, q, args...).Scan(&list); err != nil {
		return errRow{err}
	}
	return valueRow{list}
}

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// valueRow is a one-column row already read.
type valueRow struct{ v sql.NullString }

func (r valueRow) Scan(dest ...any) error {
	*dest[0].(*sql.NullString) = r.v
	return nil
}

// docIDs keeps every document's id by seq in memory: a document's id and
// seq never change, so the list only grows, read from where it ended.
//
// A seq the list holds as "" need not stay a gap: on a team server a
// document takes its seq when it is inserted, not when it commits, so one
// import's seq 9 can commit after another's seq 10 was read. A search that
// matches such a seq reads it again (fillHoles).
type docIDs struct {
	mu  sync.Mutex
	ids []string // by seq; "" where no document had that seq when read
}

// of maps seqs (sorted) to ids, reading the documents added since the
// last call when one is not known yet.
func (c *docIDs) of(ctx context.Context, s *Store, seqs []int64) ([]string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(seqs) > 0 && seqs[len(seqs)-1] >= int64(len(c.ids)) {
		from := int64(len(c.ids)) - 1
		rows, err := s.read.QueryContext(ctx, s.d.rebind("SELECT seq, id FROM documents WHERE seq > ? ORDER BY seq"), from)
		if err != nil {
			return nil, err
		}
		if err := c.scan(rows); err != nil {
			return nil, err
		}
	}
	if err := c.fillHoles(ctx, s, seqs); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(seqs))
	for _, seq := range seqs {
		if seq >= 0 && seq < int64(len(c.ids)) && c.ids[seq] != "" {
			out = append(out, c.ids[seq])
		}
	}
	return out, nil
}

// scan adds the (seq, id) rows to the list, seqs ascending or not.
func (c *docIDs) scan(rows *sql.Rows) error {
	for rows.Next() {
		var seq int64
		var id string
		if err := rows.Scan(&seq, &id); err != nil {
			rows.Close()
			return err
		}
		for int64(len(c.ids)) <= seq {
			c.ids = append(c.ids, "")
		}
		c.ids[seq] = id
	}
	return closeRows(rows)
}

// fillHoles reads the ids of the seqs a search matched that the list
// holds as gaps: documents committed after a later seq had been read.
// A search matches only stored documents, so each such seq is one now.
func (c *docIDs) fillHoles(ctx context.Context, s *Store, seqs []int64) error {
	var holes []string
	for _, seq := range seqs {
		if seq >= 0 && seq < int64(len(c.ids)) && c.ids[seq] == "" {
			holes = append(holes, strconv.FormatInt(seq, 10))
		}
	}
	if len(holes) == 0 {
		return nil
	}
	rows, err := s.read.QueryContext(ctx, "SELECT seq, id FROM documents WHERE seq IN ("+strings.Join(holes, ",")+")")
	if err != nil {
		return err
	}
	return c.scan(rows)
}

// SearchDocuments is Search with each match's line of the document list
// (title, status and counts in layer).
func (s *Store) SearchDocuments(ctx context.Context, q search.Query, layer string) ([]DocSummary, error) {
	var rows *sql.Rows
	seqs, ok, err := s.mirrorMatch(ctx, q, layer)
	switch {
	case err != nil:
		return nil, fmt.Errorf("search: %w", err)
	case ok && len(seqs) == 0:
		return nil, nil
	case ok:
		// Only a server has a mirror: its seqs go as one array.
		rows, err = s.read.QueryContext(ctx, s.d.rebind(summaryColumns+" WHERE d.seq = ANY(?2::bigint[]) ORDER BY d.seq"), layer, seqs)
	default:
		set, args := s.matchSet(q, layer)
		if set == "" {
			return nil, nil
		}
		// summaryColumns takes the layer as ?1.
		args = append([]any{layer}, args...)
		set = shiftPlaceholders(set, 1)
		rows, err = s.read.QueryContext(ctx, s.d.rebindOnce(summaryColumns+" WHERE d.seq IN ("+set+") ORDER BY d.seq"), args...)
	}
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

// mirrorMatch is the seqs (sorted) of the documents matching q, its words
// and phrases matched on the team project's search mirror and its filters
// on the server, both at once, and the sets combined here; ok is false
// when the mirror cannot answer (there is none, it is behind or failed, or
// q has no words).
func (s *Store) mirrorMatch(ctx context.Context, q search.Query, layer string) (seqs []int64, ok bool, err error) {
	m := s.mirror
	if m == nil || q.Empty() {
		return nil, false, nil
	}
	p := searchPartsOf(q, layer)
	if len(p.words)+len(p.nots) == 0 || !m.current(ctx) {
		return nil, false, nil
	}
	// The mirror's set: the words but the negated ones; with none, the
	// negated ones (to take from the filters' set), or every document but
	// them.
	var args []any
	text := func(terms []search.Term) string {
		q, v := sqliteDialect{}.textMatch(terms)
		args = append(args, v)
		return strings.Replace(q, "?", "?"+strconv.Itoa(len(args)), 1)
	}
	var texts string
	switch {
	case len(p.words) > 0:
		texts = text(p.words)
	case len(p.with) > 0:
		var sets []string
		for _, t := range p.nots {
			sets = append(sets, text([]search.Term{t}))
		}
		texts = strings.Join(sets, " UNION ")
	default:
		texts = "SELECT seq FROM docs"
	}
	if len(p.words) > 0 || len(p.with) == 0 {
		for _, t := range p.nots {
			texts += " EXCEPT " + text([]search.Term{t})
		}
	}
	// The server's set: the filters but the negated ones; with none, the
	// negated ones, to take away.
	var filters string
	switch {
	case len(p.with) > 0:
		filters = strings.Join(p.with, " INTERSECT ")
		for _, n := range p.without {
			filters += " EXCEPT " + n
		}
	case len(p.without) > 0:
		filters = strings.Join(p.without, " UNION ")
	}
	var onServer []int64
	var serverErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		if filters != "" {
			onServer, serverErr = s.seqsOf(ctx, filters, p.args)
		}
	}()
	onMirror, ok := m.match(ctx, texts, args)
	<-done
	if serverErr != nil {
		return nil, false, fmt.Errorf("search: %w", serverErr)
	}
	if !ok {
		return nil, false, nil
	}
	m.answered.Add(1)
	switch {
	case filters == "":
		return onMirror, true, nil
	case len(p.words) > 0 && len(p.with) > 0:
		return intersect(onMirror, onServer), true, nil
	case len(p.with) > 0:
		return minus(onServer, onMirror), true, nil
	default:
		return minus(onMirror, onServer), true, nil
	}
}

// intersect is the seqs in both a and b, sorted as they are.
func intersect(a, b []int64) []int64 {
	var out []int64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// minus is the seqs of a not in b, sorted as they are.
func minus(a, b []int64) []int64 {
	var out []int64
	j := 0
	for _, v := range a {
		for j < len(b) && b[j] < v {
			j++
		}
		if j == len(b) || b[j] != v {
			out = append(out, v)
		}
	}
	return out
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
	p := searchPartsOf(q, layer)
	var with, without []string
	if len(p.words) > 0 {
		text, v := s.d.textMatch(p.words)
		with = append(with, strings.Replace(text, "?", p.arg(v), 1))
	}
	for _, t := range p.nots {
		text, v := s.d.textMatch([]search.Term{t})
		without = append(without, strings.Replace(text, "?", p.arg(v), 1))
	}
	with = append(with, p.with...)
	without = append(without, p.without...)
	if len(with) == 0 {
		with = append(with, "SELECT seq FROM documents")
	}
	set := strings.Join(with, " INTERSECT ")
	for _, n := range without {
		set += " EXCEPT " + n
	}
	return set, p.args
}

// searchParts is a query taken apart: its words and phrases (the text
// index's), and its filters as sets of the annotation tables (with and
// without), with ?N placeholders for args.
type searchParts struct {
	words, nots   []search.Term // the text terms, and the negated ones
	with, without []string      // the filters' sets, and the negated ones'
	args          []any
}

// arg adds v to the arguments and returns its placeholder.
func (p *searchParts) arg(v any) string {
	p.args = append(p.args, v)
	return "?" + strconv.Itoa(len(p.args))
}

// searchPartsOf takes q apart, its filters read in layer (q.Analyst's
// when it names one).
func searchPartsOf(q search.Query, layer string) *searchParts {
	if q.Analyst != "" {
		layer = q.Analyst
	}
	p := &searchParts{}
	facet := func(kind, value string, not bool) {
		set := "SELECT doc FROM search_facets WHERE layer = " + p.arg(layer) + " AND facet = " + p.arg(kind) + " AND value = " + p.arg(value)
		if not {
			p.without = append(p.without, set)
		} else {
			p.with = append(p.with, set)
		}
	}
	for _, t := range q.Terms {
		if t.Not {
			p.nots = append(p.nots, t)
		} else {
			p.words = append(p.words, t)
		}
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
				set = "SELECT doc FROM doc_status WHERE layer = " + p.arg(layer) + " AND status != 'todo'"
				not = !not
			} else {
				set = "SELECT doc FROM doc_status WHERE layer = " + p.arg(layer) + " AND status = " + p.arg(f.Value)
			}
			if not {
				p.without = append(p.without, set)
			} else {
				p.with = append(p.with, set)
			}
		}
	}
	if len(p.with)+len(p.words) == 0 && q.Analyst != "" {
		facet(search.FacetWork, "yes", false)
	}
	return p
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

// parseSeqs reads the comma-separated numbers of dialect.seqList.
func parseSeqs(list string) ([]int64, error) {
	if list == "" {
		return nil, nil
	}
	seqs := make([]int64, 0, strings.Count(list, ",")+1)
	var n int64
	digits := false
	for i := 0; i <= len(list); i++ {
		if i == len(list) || list[i] == ',' {
			if !digits {
				return nil, fmt.Errorf("unexpected list of documents %.40q", list)
			}
			seqs = append(seqs, n)
			n, digits = 0, false
			continue
		}
		c := list[i]
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("unexpected list of documents %.40q", list)
		}
		n = n*10 + int64(c-'0')
		digits = true
	}
	return seqs, nil
}
