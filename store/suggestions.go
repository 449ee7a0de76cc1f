package store

import (
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/search"
)

// A suggester's batch is written in groups of documents with statements
// of many rows each: a document of 80 suggestions took 160 single-row
// statements and a read back of its layer for the search facets, which
// was most of what suggest --all spent writing. A group is written in one
// savepoint; a group that fails (a span id taken since the suggester
// read the layer, a range outside the text, a document gone) is rolled
// back and its documents stored one by one, each whole or not at all, as
// before.

// suggestGroup is how many documents are written in one group: a few
// hundred rows a statement, and short enough to check between groups
// whether the slice's time is up.
const suggestGroup = 8

// errGroup says a group was rolled back and its documents are to be
// stored one by one.
var errGroup = errors.New("the group is stored document by document")

// suggestionRows is one document's suggestions made ready to write before
// the write lock is taken: the operations as they will be applied and the
// event's body (which holds adds alone: their inverse is made again when
// the event is read).
type suggestionRows struct {
	edit annotate.Edit
	// plain says the edit adds only pending spans with ids of their own,
	// and links made after the spans they join. Unless refresh is set
	// (a link from a span the layer held, which can give that span a
	// name), nothing the layer held changes meaning: the search facets
	// gain "pending" and "work" and the document's line its new pending
	// spans, with no read of the layer. (A pending span has no facet of
	// its own; a said_by link counts for an accepted statement's stance,
	// and coreference is followed from a link's head to its child, so a
	// link whose head is new is reached from no span the layer held.) A
	// link that is there already makes the group fail and the document
	// go one by one, where it is passed over.
	plain   bool
	refresh bool
	// ownLinks is set when every link joins two of spans (as a
	// suggester's do), which suggestionSetFits then need not check.
	ownLinks bool
	spans    []annotate.Span // with their defaults filled in
	attrs    []string        // each span's attributes in JSON
	rels     []annotate.Relation
	done     []annotate.Op
	body     []byte
	err      error // encoding the body
	// textSHA256 and textLen are the document's text's, when the caller
	// had it: the text is then not read again to check the ranges.
	textSHA256 string
	textLen    int
}

// prepareSuggestions makes edits ready to write, on all cores.
func prepareSuggestions(edits []annotate.Edit) []suggestionRows {
	out := make([]suggestionRows, len(edits))
	work := make(chan int, len(edits))
	for i := range edits {
		work <- i
	}
	close(work)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(edits)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i] = prepareSuggestion(edits[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// prepareSuggestion is what applyOps would apply for e and log, when e is
// plain; otherwise it is left for applyOps. Its slices are made at their
// final size first, so the operations can point into them as they are
// filled.
func prepareSuggestion(e annotate.Edit) suggestionRows {
	r := suggestionRows{edit: e}
	if len(e.Ops) == 0 {
		r.plain = true
		return r
	}
	nSpans := 0
	for _, op := range e.Ops {
		if op.Kind == annotate.OpAddSpan {
			nSpans++
		}
	}
	sc := borrowPrepareScratch()
	defer sc.giveBack()
	// added holds every span id of the edit: false until its span is
	// added (a link is made in order, after the spans it joins; applyOps
	// checks the keys as it goes).
	added, linked := sc.added, sc.linked
	for _, op := range e.Ops {
		if op.Kind != annotate.OpAddSpan {
			continue
		}
		if op.Span == nil || op.Span.ID == "" || op.Span.Status != annotate.SpanPending {
			return r
		}
		if _, dup := added[op.Span.ID]; dup {
			return r
		}
		added[op.Span.ID] = false
	}
	r.spans = make([]annotate.Span, 0, nSpans)
	r.attrs = make([]string, 0, nSpans)
	r.rels = make([]annotate.Relation, 0, len(e.Ops)-nSpans)
	r.done = make([]annotate.Op, 0, len(e.Ops))
	for _, op := range e.Ops {
		switch op.Kind {
		case annotate.OpAddSpan:
			sp := *op.Span
			added[sp.ID] = true
			if sp.Source == "" {
				sp.Source = annotate.SourceManual
			}
			attrs, err := attrsJSON(sp.Attrs)
			if err != nil {
				return r
			}
			r.spans = append(r.spans, sp)
			r.attrs = append(r.attrs, attrs)
			r.done = append(r.done, annotate.Op{Kind: op.Kind, Span: &r.spans[len(r.spans)-1]})
		case annotate.OpAddRelation:
			if op.Relation == nil {
				return r
			}
			head, child := op.Relation.Head, op.Relation.Child
			headAdded, headNew := added[head]
			childAdded, childNew := added[child]
			if (headNew && !headAdded) || (childNew && !childAdded) {
				return r
			}
			if !headNew {
				r.refresh = true
			}
			rel := *op.Relation
			if rel.Source == "" {
				rel.Source = annotate.SourceManual
			}
			if rel.Status == "" {
				rel.Status = annotate.SpanAccepted
			}
			k := suggestedLink{rel.Label, rel.Head, rel.Child}
			if linked[k] {
				continue // already added: nothing to do or undo, as applyOps
			}
			linked[k] = true
			r.rels = append(r.rels, rel)
			r.done = append(r.done, annotate.Op{Kind: op.Kind, Relation: &r.rels[len(r.rels)-1]})
		default:
			return r
		}
	}
	// The slices never grew past the size they were made with, so the
	// operations point at their final elements. The event's body holds the
	// adds alone: the reader makes their inverse again (onlyAdds), and the
	// attributes' JSON is made already.
	r.body, r.err = encodeAdds(r.done, r.attrs)
	r.plain = true
	return r
}

// prepareOwnSuggestion is prepareSuggestion for the edit of doc that adds
// spans and then rels, which the caller gives up: they become the rows
// as they are, their defaults filled in place, and their operations are
// the edit's, where prepareSuggestion copies all three (a fifth of what
// suggest --all allocated). An edit that is not plain, or that links two
// spans twice, is left to prepareSuggestion.
func prepareOwnSuggestion(doc, summary string, spans []annotate.Span, rels []annotate.Relation) suggestionRows {
	e := annotate.Edit{Doc: doc, Summary: summary}
	if len(spans)+len(rels) > 0 {
		e.Ops = make([]annotate.Op, 0, len(spans)+len(rels))
	}
	for k := range spans {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &spans[k]})
	}
	for k := range rels {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &rels[k]})
	}
	if len(e.Ops) == 0 {
		return suggestionRows{edit: e, plain: true}
	}
	sc := borrowPrepareScratch()
	defer sc.giveBack()
	// The checks prepareSuggestion makes, before anything is changed: the
	// spans all come before the links, so a link's new span is added by
	// then.
	attrs := make([]string, len(spans))
	for k := range spans {
		sp := &spans[k]
		if sp.ID == "" || sp.Status != annotate.SpanPending || sc.added[sp.ID] {
			return prepareSuggestion(e)
		}
		sc.added[sp.ID] = true
		var err error
		if attrs[k], err = sc.attrsJSON(sp.Attrs); err != nil {
			return prepareSuggestion(e)
		}
	}
	refresh, ownLinks := false, true
	for k := range rels {
		rel := &rels[k]
		if !sc.added[rel.Head] {
			refresh, ownLinks = true, false
		} else if ownLinks && !sc.added[rel.Child] {
			ownLinks = false
		}
		l := suggestedLink{rel.Label, rel.Head, rel.Child}
		if sc.linked[l] {
			return prepareSuggestion(e)
		}
		sc.linked[l] = true
	}
	for k := range spans {
		if spans[k].Source == "" {
			spans[k].Source = annotate.SourceManual
		}
	}
	for k := range rels {
		if rels[k].Source == "" {
			rels[k].Source = annotate.SourceManual
		}
		if rels[k].Status == "" {
			rels[k].Status = annotate.SpanAccepted
		}
	}
	r := suggestionRows{edit: e, plain: true, refresh: refresh, ownLinks: ownLinks, spans: spans, attrs: attrs, rels: rels, done: e.Ops}
	r.body, r.err = encodeAdds(r.done, r.attrs)
	return r
}

// suggestedLink is a link's label and ends, a key of prepareScratch.linked.
type suggestedLink struct{ label, head, child string }

// prepareScratch is the tables preparing one edit checks its ids and
// links against, lent from one edit to the next.
type prepareScratch struct {
	added  map[string]bool
	linked map[suggestedLink]bool
	// oneAttr holds the JSON of attributes of one name and a text
	// value, by name and value ({"quote_type":"direct"}, {"lemma":"say"}),
	// kept from edit to edit: most spans' attributes are one of a few.
	oneAttr map[[2]string]string
}

// oneAttrKept is the most attributes' JSON oneAttr holds: when full, it is
// emptied.
const oneAttrKept = 1 << 12

var prepareScratchPool = sync.Pool{New: func() any {
	return &prepareScratch{added: map[string]bool{}, linked: map[suggestedLink]bool{}, oneAttr: map[[2]string]string{}}
}}

// attrsJSON is attrsJSON(m), taken from sc.oneAttr for attributes of one
// name and a text value made before.
func (sc *prepareScratch) attrsJSON(m map[string]any) (string, error) {
	if len(m) != 1 {
		return attrsJSON(m)
	}
	var key [2]string
	for name, v := range m {
		s, ok := v.(string)
		if !ok {
			return attrsJSON(m)
		}
		key = [2]string{name, s}
	}
	if js, ok := sc.oneAttr[key]; ok {
		return js, nil
	}
	js, err := attrsJSON(m)
	if err == nil {
		if len(sc.oneAttr) >= oneAttrKept {
			clear(sc.oneAttr)
		}
		sc.oneAttr[key] = js
	}
	return js, err
}

func borrowPrepareScratch() *prepareScratch { return prepareScratchPool.Get().(*prepareScratch) }

// giveBack empties the tables and returns them to the pool.
func (sc *prepareScratch) giveBack() {
	clear(sc.added)
	clear(sc.linked)
	prepareScratchPool.Put(sc)
}

// writeSuggestionGroup writes plain documents' suggestions in one
// savepoint. On errGroup nothing of the group is left written.
func (s *Store) writeSuggestionGroup(t *txn, suggester, layer string, group []suggestionRows, asSets bool) error {
	if _, err := s.keptExec(t, "SAVEPOINT sugg_group"); err != nil {
		return err
	}
	if err := s.writeGroupRows(t, suggester, layer, group, asSets); err != nil {
		if _, rerr := t.exec("ROLLBACK TO SAVEPOINT sugg_group"); rerr != nil {
			return rerr
		}
		if _, rerr := t.exec("RELEASE SAVEPOINT sugg_group"); rerr != nil {
			return rerr
		}
		return fmt.Errorf("%w: %v", errGroup, err)
	}
	_, err := s.keptExec(t, "RELEASE SAVEPOINT sugg_group")
	return err
}

// With asSets, a document whose suggestions fit (suggestionSetFits) has
// them stored as a suggestion set (suggest_sets.go) instead of rows.
func (s *Store) writeGroupRows(t *txn, suggester, layer string, group []suggestionRows, asSets bool) error {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	seqs := make([]int64, len(group))
	var spanArgs, relArgs, eventArgs []any
	stored := false
	// sets[i] says group[i] is stored as a set (its line in the list is
	// already updated); a document twice in the group goes as rows.
	var sets, refreshed []bool // refreshed: its facets and line written
	var times map[string]int
	if asSets {
		sets, refreshed = make([]bool, len(group)), make([]bool, len(group))
		times = make(map[string]int, len(group))
		for i := range group {
			times[group[i].edit.Doc]++
		}
	}
	for i := range group {
		r := &group[i]
		if r.err != nil {
			return r.err
		}
		textLen, err := s.suggestedDoc(t, r, &seqs[i])
		if err != nil {
			return err
		}
		seq := seqs[i]
		if _, err := s.keptExec(t, "DELETE FROM suggest_owed WHERE doc = ? AND layer = ?", seq, layer); err != nil {
			return err
		}
		if len(r.done) == 0 {
			continue
		}
		stored = true
		if err := t.d.lockLayer(t, seq, layer); err != nil {
			return err
		}
		for _, sp := range r.spans {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > textLen {
				return fmt.Errorf("span %s: range [%d, %d) is outside the text (%d code points)", sp.ID, sp.Start, sp.End, textLen)
			}
		}
		if asSets && times[r.edit.Doc] == 1 {
			fits, err := s.suggestionSetFits(t, r, seq, layer)
			if err != nil {
				return err
			}
			if fits && !r.refresh {
				// Its line in the list, as below for rows.
				res, err := s.keptExec(t, "UPDATE layer_summary SET pending = pending + ? WHERE layer = ? AND doc = ?", len(r.spans), layer, seq)
				if err != nil {
					return fmt.Errorf("document list line: %w", err)
				}
				n, err := res.RowsAffected()
				if err != nil {
					return err
				}
				sets[i] = n > 0
			}
			if fits && !sets[i] {
				// Its facets and line from the layer's rows and the set,
				// as rows would have them refreshed below.
				extra := &facetExtra{spans: r.spans, rels: r.rels, text: func() (string, error) {
					var text string
					err := t.queryRow("SELECT text FROM documents WHERE seq = ?", seq).Scan(&text)
					return text, err
				}}
				switch err := refreshFacetsWith(t, seq, layer, extra); {
				case errors.Is(err, errFacetOrder):
				case err != nil:
					return err
				default:
					sets[i], refreshed[i] = true, true
				}
			}
		}
		if sets == nil || !sets[i] {
			for k, sp := range r.spans {
				spanArgs = append(spanArgs, seq, layer, sp.ID, sp.Start, sp.End, sp.Label, r.attrs[k],
					sp.Annotator, sp.Source, sp.Status, sp.Note, sp.Pattern, sp.Confidence, joinNames(sp.AgreedBy))
			}
			for _, rel := range r.rels {
				relArgs = append(relArgs, seq, layer, rel.Label, rel.Head, rel.Child, rel.Source, rel.Status)
			}
		}
		eventArgs = append(eventArgs, now, suggester, layer, r.edit.Doc, r.edit.Summary, r.body)
	}
	if !stored {
		return nil
	}
	if _, err := s.keptExec(t, "INSERT INTO layers(name, began_at) VALUES (?, ?) ON CONFLICT DO NOTHING", layer, now); err != nil {
		return err
	}
	if err := s.insertSharing(t, spanInsert, spanArgs); err != nil {
		return err
	}
	if err := s.insertSharing(t, relationInsert, relArgs); err != nil {
		return err
	}
	// The search facets and the document's line: what a plain edit adds
	// (see suggestionRows.plain) to a line that exists; a document without
	// one has it made from what its layer holds.
	var facetArgs []any
	for i := range group {
		r := &group[i]
		if len(r.done) == 0 {
			continue
		}
		if sets != nil && refreshed[i] {
			continue
		}
		if sets != nil && sets[i] {
			facetArgs = append(facetArgs, layer, search.FacetPending, "yes", seqs[i], layer, search.FacetWork, "yes", seqs[i])
			continue
		}
		n := int64(0)
		if !r.refresh {
			res, err := s.keptExec(t, "UPDATE layer_summary SET pending = pending + ? WHERE layer = ? AND doc = ?", len(r.spans), layer, seqs[i])
			if err != nil {
				return fmt.Errorf("document list line: %w", err)
			}
			if n, err = res.RowsAffected(); err != nil {
				return err
			}
		}
		if n == 0 {
			if err := refreshFacets(t, seqs[i], layer); err != nil {
				return err
			}
			continue
		}
		facetArgs = append(facetArgs, layer, search.FacetPending, "yes", seqs[i], layer, search.FacetWork, "yes", seqs[i])
	}
	if err := s.insertRows(t, "INSERT INTO search_facets(layer, facet, value, doc)", "(?, ?, ?, ?)", 4, " ON CONFLICT DO NOTHING", facetArgs); err != nil {
		return fmt.Errorf("search facets: %w", err)
	}
	// In the documents' order, as the batch gave them.
	if !slices.Contains(sets, true) {
		return s.insertRows(t, eventInsertHead, eventInsertRow, 6, "", eventArgs)
	}
	ids, err := s.insertEventsReturning(t, eventArgs)
	if err != nil {
		return err
	}
	var setArgs []any
	for i := range group {
		if sets[i] {
			id, ok := ids[group[i].edit.Doc]
			if !ok {
				return fmt.Errorf("suggestions for %s: no event", group[i].edit.Doc)
			}
			setArgs = append(setArgs, seqs[i], layer, id)
		}
	}
	return s.insertRows(t, "INSERT INTO suggest_sets(doc, layer, event)", "(?, ?, ?)", 3, "", setArgs)
}

const (
	eventInsertHead = "INSERT INTO events(at, actor, layer, doc, kind, ref, summary, ops, inverse, body)"
	eventInsertRow  = "(?, ?, ?, ?, 'suggest', NULL, ?, '', '', ?)"
)

// insertEventsReturning inserts suggestion events (eventInsertRow's six
// values a row) as insertRows does and returns their ids by document.
func (s *Store) insertEventsReturning(t *txn, args []any) (map[string]int64, error) {
	const cols = 6
	ids := make(map[string]int64, len(args)/cols)
	rows := len(args) / cols
	for rows > 0 {
		n := maxRowsPerInsert
		for n > rows {
			n /= 2
		}
		q := insertQuery(eventInsertHead, eventInsertRow, " RETURNING id, doc", n)
		if err := s.keep(t, q); err != nil {
			return nil, err
		}
		if err := t.eachRow(q, args[:n*cols], func(r *sql.Rows) error {
			var id int64
			var doc string
			if err := r.Scan(&id, &doc); err != nil {
				return err
			}
			ids[doc] = id
			return nil
		}); err != nil {
			return nil, err
		}
		args, rows = args[n*cols:], rows-n
	}
	return ids, nil
}

// suggestedDoc sets seq to r's document's and returns the length of its
// text. When the caller gave the text's hash and length, two lookups in
// indexes that hold the seq tell whether it is this document's text
// (the text is stored once and never changes): reading the text to count
// its code points took a tenth of the writer's time.
func (s *Store) suggestedDoc(t *txn, r *suggestionRows, seq *int64) (int, error) {
	if r.textSHA256 != "" {
		const byHash = "SELECT (SELECT seq FROM documents WHERE id = ?), (SELECT seq FROM documents WHERE text_sha256 = ?)"
		if err := s.keep(t, byHash); err != nil {
			return 0, err
		}
		var byID, byText sql.NullInt64
		if err := t.queryRow(byHash, r.edit.Doc, r.textSHA256).Scan(&byID, &byText); err != nil {
			return 0, err
		}
		if byID.Valid && byID == byText {
			*seq = byID.Int64
			return r.textLen, nil
		}
	}
	const byID = "SELECT seq, length(text) FROM documents WHERE id = ?"
	if err := s.keep(t, byID); err != nil {
		return 0, err
	}
	var n int
	err := t.queryRow(byID, r.edit.Doc).Scan(seq, &n)
	return n, err
}

// sharingInsert is an INSERT of many rows some of whose columns mostly
// take one value in every row (the layer, the suggester's source and
// status, empty notes): a statement whose rows all agree binds those
// once. Binding a value a column and row cost the writer a quarter of its
// time.
type sharingInsert struct {
	head   string // INSERT INTO table(columns)
	cols   int
	shared []int // the columns that may be bound once
}

var (
	spanInsert = sharingInsert{
		head:   `INSERT INTO spans(doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence, agreed_by)`,
		cols:   14,
		shared: []int{1, 7, 8, 9, 10, 13},
	}
	relationInsert = sharingInsert{
		head:   "INSERT INTO relations(doc, layer, label, head, child, source, status)",
		cols:   7,
		shared: []int{1, 5, 6},
	}
)

// insertSharing inserts args, si.cols values a row, in statements of up
// to maxRowsPerInsert rows (a power of two), binding the shared columns
// once when the statement's rows agree on them.
func (s *Store) insertSharing(t *txn, si sharingInsert, args []any) error {
	plain := "(" + strings.Repeat("?, ", si.cols-1) + "?)"
	rows := len(args) / si.cols
	var packed []any
	for rows > 0 {
		n := maxRowsPerInsert
		for n > rows {
			n /= 2
		}
		chunk := args[:n*si.cols]
		q, vals := "", chunk
		if packed = si.pack(chunk, n, packed[:0]); packed != nil {
			q, vals = si.query(n), packed
		} else {
			q = insertQuery(si.head, plain, "", n)
		}
		if _, err := s.keptExec(t, q, vals...); err != nil {
			return err
		}
		args, rows = args[n*si.cols:], rows-n
	}
	return nil
}

// pack is the shared columns' values and then each row's others, in
// buf; nil when the rows do not agree on the shared columns.
func (si sharingInsert) pack(chunk []any, n int, buf []any) []any {
	for _, c := range si.shared {
		v := chunk[c]
		for r := 1; r < n; r++ {
			if chunk[r*si.cols+c] != v {
				return nil
			}
		}
		buf = append(buf, v)
	}
	for r := 0; r < n; r++ {
		row := chunk[r*si.cols : (r+1)*si.cols]
		k := 0
		for c, v := range row {
			if k < len(si.shared) && si.shared[k] == c {
				k++
				continue
			}
			buf = append(buf, v)
		}
	}
	if buf == nil {
		buf = []any{}
	}
	return buf
}

// query is the INSERT of n rows with the shared columns' parameters
// numbered first (?1 …) and each row's others after them.
func (si sharingInsert) query(n int) string {
	k := insertKey{head: si.head, row: "shared", n: n}
	if q, ok := insertQueries.Load(k); ok {
		return q.(string)
	}
	var b strings.Builder
	b.WriteString(si.head)
	b.WriteString(" VALUES ")
	next := len(si.shared) + 1
	for r := range n {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		sh := 0
		for c := range si.cols {
			if c > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('?')
			if sh < len(si.shared) && si.shared[sh] == c {
				sh++
				b.WriteString(strconv.Itoa(sh))
				continue
			}
			b.WriteString(strconv.Itoa(next))
			next++
		}
		b.WriteByte(')')
	}
	q := b.String()
	insertQueries.Store(k, q)
	return q
}

// maxRowsPerInsert bounds the rows of one INSERT: 64 spans are 896
// parameters, well under either engine's limit.
const maxRowsPerInsert = 64

var insertQueries sync.Map // [3]string{head, row, tail} and a row count → query

// insertRows inserts args, cols values a row, with statements of up to
// maxRowsPerInsert rows. The row counts are powers of two, so a
// transaction prepares a few statements and runs them again and again.
func (s *Store) insertRows(t *txn, head, row string, cols int, tail string, args []any) error {
	rows := len(args) / cols
	for rows > 0 {
		n := maxRowsPerInsert
		for n > rows {
			n /= 2
		}
		if _, err := s.keptExec(t, insertQuery(head, row, tail, n), args[:n*cols]...); err != nil {
			return err
		}
		args, rows = args[n*cols:], rows-n
	}
	return nil
}

type insertKey struct {
	head, row, tail string
	n               int
}

func insertQuery(head, row, tail string, n int) string {
	k := insertKey{head, row, tail, n}
	if q, ok := insertQueries.Load(k); ok {
		return q.(string)
	}
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(" VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	b.WriteString(tail)
	q := b.String()
	insertQueries.Store(k, q)
	return q
}

// keep makes q one of t's statements prepared once for the store, where
// the engine's driver does not keep statements itself: each slice of a
// bulk run is a transaction of its own, and preparing its statements
// again in each was a tenth of the writer's time. database/sql prepares
// q on each connection that runs it, once.
func (s *Store) keep(t *txn, q string) error {
	if !t.d.cachesStatements() {
		return nil
	}
	if _, ok := t.stmts[q]; ok {
		return nil
	}
	v, ok := s.kept.Load(q)
	if !ok {
		st, err := s.db.PrepareContext(t.sctx, t.d.rebind(q))
		if err != nil {
			return err
		}
		if v, ok = s.kept.LoadOrStore(q, st); ok {
			st.Close()
		}
	}
	st := t.tx.StmtContext(t.sctx, v.(*sql.Stmt))
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = st
	return nil
}

// keptExec is t.exec through a statement kept for the store (keep).
func (s *Store) keptExec(t *txn, q string, args ...any) (sql.Result, error) {
	if err := s.keep(t, q); err != nil {
		return nil, err
	}
	return t.exec(q, args...)
}
