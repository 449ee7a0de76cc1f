package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unsafe"

	"newsmark/annotate"
)

// ErrDuplicate means a document with the same cleaned text is already in
// the project.
var ErrDuplicate = errors.New("duplicate: the project already has this article")

// ErrLayerConflict means an imported document already has other
// annotations in the layer its annotations were meant for.
var ErrLayerConflict = errors.New("already has other annotations in that layer")

// AddResult says what became of one document given to AddDocuments.
type AddResult struct {
	ID        string // the id stored (made unique), or the existing document's id for a duplicate
	Duplicate bool   // the project already had this text
	// Layer is the layer the document's annotations went to (or were
	// meant for); AnnotationsAdded says a duplicate's annotations were
	// added there, the layer having had nothing in that document before.
	Layer            string
	AnnotationsAdded bool
	// Err says why this document was not stored; the others were.
	Err error
}

// TextSHA256 is the hex SHA-256 of a cleaned text, the key that finds
// re-imported articles.
func TextSHA256(text string) string {
	// The text's own bytes, read and not kept: []byte(text) copied every
	// article's text (5 KB each, a twentieth of what an import allocated).
	h := sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
	return hex.EncodeToString(h[:])
}

// metaRow is how a document's metadata is stored: the fields Newsmark knows,
// and under "_extra" those it does not (from imported files), so one decode
// reads both.
type metaRow struct {
	annotate.Meta
	Extra map[string]any `json:"_extra,omitempty"`
}

func encodeMeta(m annotate.Meta) (string, error) {
	b, err := json.Marshal(metaRow{Meta: m, Extra: m.Extra})
	return string(b), err
}

func decodeMeta(s string) (annotate.Meta, error) {
	var r metaRow
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return annotate.Meta{}, err
	}
	r.Meta.Extra = r.Extra
	return r.Meta, nil
}

// AddDocuments stores new documents in one transaction, with their zones and
// any annotations that came with them (spans, relations, targets, stances,
// document labels and status, as from an imported JSONL file), in the layer
// anns[i].Layer names, else actor's. Ids are kept when free and otherwise
// made unique with a suffix ("name-2"); the id stored is written back into
// doc.ID.
//
// A document whose cleaned text is already in the project is a duplicate:
// its annotations, if any, go into their layer of the existing document
// when that layer has nothing there yet (a second analyst's file, say);
// the same annotations again change nothing; other annotations are a
// conflict (ErrLayerConflict in that result). A document that cannot be
// stored is reported in its result and the others are stored: the batch
// fails only when the project cannot be written at all.
func (s *Store) AddDocuments(ctx context.Context, actor string, docs []*annotate.Document, anns []*annotate.Annotations) ([]AddResult, error) {
	return s.AddDocumentsWith(ctx, actor, docs, anns, AddOptions{})
}

// AddOptions are what one AddDocumentsWith call does besides storing.
type AddOptions struct {
	// OweSuggestions records, with each new document and in the same
	// transaction, that the suggester owes it suggestions in this layer
	// (the importing analyst's): an import killed after the commit and
	// before the suggestions leaves the debt for OwedSuggestions to find.
	OweSuggestions string
}

// AddDocumentsWith is AddDocuments with options.
func (s *Store) AddDocumentsWith(ctx context.Context, actor string, docs []*annotate.Document, anns []*annotate.Annotations, opt AddOptions) ([]AddResult, error) {
	res := make([]AddResult, len(docs))
	measured := measureDocs(docs)
	var flushCost time.Duration // per event, as the last slice's flush took
	// The documents go in slices of the batch, each one transaction that
	// lets a writer waiting for the file's lock in after the document it
	// is storing (sliceOver), so an analyst's edit waiting for it is saved
	// within a few milliseconds.
	// After a document that failed, the rest of the batch goes in a
	// savepoint a document (careful), as a file with many bad records
	// would otherwise store a slice again for each.
	careful := false
	for from := 0; from < len(docs); {
		next, err := s.addSlice(ctx, actor, docs, anns, measured, opt, from, careful, res, &flushCost)
		if errors.As(err, new(errRedo)) && !careful {
			careful = true
			continue
		}
		if err != nil {
			return nil, s.explain(err)
		}
		from = next
	}
	return res, nil
}

// addSlice stores docs from from on in one transaction until sliceOver
// says so, and returns where the next slice begins.
// The events and facets of a slice are written every bulkSlice and at its
// end (adder.settle): the slice counts the time they will take, as the
// last flush took per event (flushCost), so the lock is held no longer
// than when each document wrote its own.
//
// The documents go in without a savepoint each: a savepoint a document
// cost an import a tenth of its writing (the statements, a copy of every
// page a document touched, and the full-text index writing its pending
// rows out at every savepoint, in segments of a few documents it then
// merged). A document that fails ends the slice with errRedo: the
// transaction is rolled back and the slice stored again with a savepoint
// a document (careful), so that the bad one alone is left out.
func (s *Store) addSlice(ctx context.Context, actor string, docs []*annotate.Document, anns []*annotate.Annotations, measured []docMeasures, opt AddOptions, from int, careful bool, res []AddResult, flushCost *time.Duration) (next int, err error) {
	err = s.inBulkTx(ctx, func(t *txn) error {
		started := time.Now()
		settled := started
		t.keeper = s // every statement of a slice is the same as the last slice's
		a, err := newAdder(t, actor)
		if err != nil {
			return err
		}
		defer a.close()
		a.owe = opt.OweSuggestions
		var ids []string // the slice's documents' ids as given (add writes back the id stored)
		for i := from; i < len(docs); i++ {
			d := docs[i]
			if err := ctx.Err(); err != nil {
				return err
			}
			// At most half the slice is kept for the flush, so a slow
			// measure (a machine busy with other work) cannot shrink the
			// slices to a document each.
			owed := min(*flushCost*time.Duration(len(a.events)), bulkSlice/2)
			if i > from && s.sliceOver(started.Add(-owed)) {
				next = i
				break
			}
			// A slice that goes on while nobody waits (up to bulkHold)
			// writes what it owes every bulkSlice, so a writer that comes
			// to wait is let in after a document and a short flush.
			if time.Since(settled) > bulkSlice-owed {
				if err := a.settle(flushCost, false); err != nil {
					return err
				}
				settled = time.Now()
			}
			next = i + 1
			var ann *annotate.Annotations
			if i < len(anns) {
				ann = anns[i]
			}
			ids = append(ids, d.ID)
			if careful {
				if res[i], err = s.addOne(t, a, d, ann, measured[i]); err != nil {
					return err
				}
				continue
			}
			a.last = nil
			r, err := a.add(d, ann, measured[i])
			if err != nil {
				for j, id := range ids {
					docs[from+j].ID = id
				}
				return errRedo{}
			}
			if a.last != nil {
				a.queue(a.last)
			}
			res[i] = r
		}
		return a.settle(flushCost, true)
	})
	return next, err
}

// errRedo ends a slice one of whose documents could not be stored: the
// slice is stored again, a savepoint a document.
type errRedo struct{}

func (errRedo) Error() string { return "a document of the slice to be stored alone" }

// addOne stores one document in a savepoint of its own: one that cannot
// be stored is rolled back alone and its result says why. err is for a
// transaction that can no longer be used.
func (s *Store) addOne(t *txn, a *adder, d *annotate.Document, ann *annotate.Annotations, m docMeasures) (AddResult, error) {
	if _, err := t.exec("SAVEPOINT doc"); err != nil {
		return AddResult{}, err
	}
	a.last = nil
	r, err := a.add(d, ann, m)
	if err != nil {
		if _, rerr := t.exec("ROLLBACK TO SAVEPOINT doc"); rerr != nil {
			return r, rerr
		}
		r.Err = fmt.Errorf("document %s: %w", d.ID, s.explain(err))
	} else if a.last != nil {
		a.queue(a.last)
	}
	_, err = t.exec("RELEASE SAVEPOINT doc")
	return r, err
}

// settle writes what the documents stored so far owe: their events and
// facets (flush, whose cost per event it keeps in flushCost) and, at the
// slice's end or once ftsRun documents wait for them, their full-text
// index rows.
func (a *adder) settle(flushCost *time.Duration, end bool) error {
	events := len(a.events)
	writing, err := a.flush()
	if err != nil {
		return err
	}
	if events > 0 {
		*flushCost = writing / time.Duration(events)
	}
	if a.first != 0 && (end || a.unindexed >= ftsRun) {
		if err := a.t.d.indexDocuments(a.t, a.first); err != nil {
			return fmt.Errorf("full-text index: %w", err)
		}
		a.first = 0 // the next document stored begins the next run
		a.unindexed = 0
	}
	return nil
}

// ftsRun is how many documents a slice stores before it writes their
// full-text index rows, besides at its end. FTS4 keeps the rows in memory
// and writes them out as a segment at the next statement of the
// transaction that can fail halfway (a many-row insert: the next
// document's spans), which it then merges with the others: indexed at
// every flush of events (a few documents, every bulkSlice) an import wrote
// a segment a few documents and spent most of its full-text time merging
// them. 64 documents' rows take a few milliseconds (about 50 µs an
// article), what a writer let in at the end of a slice waits for at most.
const ftsRun = 64

// adder stores one batch of documents with prepared statements.
type adder struct {
	t                                      *txn
	actor, now                             string
	ins, insNew, insZone, findText, findID *sql.Stmt
	owned                                  []*sql.Stmt // those prepared for the adder alone (prepare)
	first                                  int64       // the first document the batch stores
	unindexed                              int         // documents stored from first on
	owe                                    string      // the layer new documents are owed suggestions in, if any
	// last is the import edit of the document add stored last, to be
	// logged once its savepoint is released.
	last *applied
	// The events of the slice's documents: their bodies are compressed on
	// the other cores while the connection stores the next documents, and
	// logged in order at the end of the slice (logEvents).
	events []*pendingEvent
	encode chan *pendingEvent
	wg     sync.WaitGroup
}

// pendingEvent is an import edit applied, its body being encoded (and
// its facets computed).
type pendingEvent struct {
	p      *applied
	body   []byte
	facets layerFacetRows
	err    error
	done   chan struct{}
}

// queue has p's body encoded, for logEvents to log.
func (a *adder) queue(p *applied) {
	if a.encode == nil {
		a.encode = make(chan *pendingEvent, 64)
		for range runtime.GOMAXPROCS(0) {
			a.wg.Add(1)
			go func() {
				defer a.wg.Done()
				for ev := range a.encode {
					ev.body, ev.err = encodeEventBody(ev.p.done.Ops, ev.p.inverse)
					if ev.p.facets != nil {
						ev.facets = ev.p.facets.rows(ev.p.seq, ev.p.layer)
					}
					close(ev.done)
				}
			}()
		}
	}
	ev := &pendingEvent{p: p, done: make(chan struct{})}
	a.events = append(a.events, ev)
	a.encode <- ev
}

// flush logs the events queued, in order, and writes the facets and list
// lines of the layers they made: a few statements for the slice. It
// returns how long the writing took, the wait for the last bodies left
// out (it does not grow with the documents of a slice).
func (a *adder) flush() (time.Duration, error) {
	events := make([]any, 0, 9*len(a.events))
	var facets []layerFacetRows
	for _, ev := range a.events {
		<-ev.done
		if ev.err != nil {
			return 0, fmt.Errorf("event log: %w", ev.err)
		}
		p := ev.p
		events = append(events, p.at, p.actor, p.layer, p.done.Doc, p.kind, p.done.Summary, "", "", ev.body)
		if p.facets != nil {
			facets = append(facets, ev.facets)
		}
	}
	a.events = nil
	start := time.Now()
	if err := insertRows(a.t, "INSERT INTO events(at, actor, layer, doc, kind, summary, ops, inverse, body)", "", 9, events); err != nil {
		return 0, fmt.Errorf("event log: %w", err)
	}
	err := writeImportedFacets(a.t, facets)
	return time.Since(start), err
}

func newAdder(t *txn, actor string) (*adder, error) {
	a := &adder{t: t, actor: actor, now: time.Now().UTC().Format(time.RFC3339Nano)}
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		{&a.ins, `INSERT INTO documents
		(id, title, text, text_sha256, meta, source_name, source_path, source_size, source_sha256, imported_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`},
		{&a.insNew, `INSERT INTO documents
		(id, title, text, text_sha256, meta, source_name, source_path, source_size, source_sha256, imported_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq`},
		{&a.insZone, `INSERT INTO zones(doc, zone, start, "end") VALUES (?, ?, ?, ?)`},
		{&a.findText, "SELECT seq, id FROM documents WHERE text_sha256 = ?"},
		{&a.findID, "SELECT 1 FROM documents WHERE id = ?"},
	} {
		st, err := a.prepare(p.q)
		if err != nil {
			a.close()
			return nil, err
		}
		*p.st = st
	}
	return a, nil
}

// prepare is q prepared for the adder: the transaction's own statement
// when it keeps them for the store (a bulk job's slices), else one the
// adder closes.
func (a *adder) prepare(q string) (*sql.Stmt, error) {
	if a.t.keeper != nil {
		if st, err := a.t.stmt(q); err != nil || st != nil {
			return st, err
		}
	}
	st, err := a.t.prepare(q)
	if err == nil {
		a.owned = append(a.owned, st)
	}
	return st, err
}

func (a *adder) close() {
	if a.encode != nil {
		close(a.encode)
		a.wg.Wait()
		a.encode = nil
	}
	for _, st := range a.owned {
		st.Close()
	}
	a.owned = nil
}

// docMeasures are what storing a document computes from it alone: done
// for a whole batch on every core before its transactions, so the write
// lock is held for writing.
type docMeasures struct {
	sum, title, meta string
	runes            int
	err              error // the metadata could not be encoded
}

func measureDocs(docs []*annotate.Document) []docMeasures {
	out := make([]docMeasures, len(docs))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				out[i] = measureDoc(docs[i])
			}
		}()
	}
	wg.Wait()
	return out
}

func measureDoc(d *annotate.Document) docMeasures {
	m := docMeasures{sum: TextSHA256(d.Text), title: annotate.Title(d), runes: annotate.RuneLen(d.Text)}
	m.meta, m.err = encodeMeta(d.Meta)
	return m
}

func (a *adder) add(d *annotate.Document, ann *annotate.Annotations, m docMeasures) (AddResult, error) {
	ctx := a.t.sctx
	layer := a.actor
	if ann != nil && ann.Layer != "" {
		layer = ann.Layer
	}
	r := AddResult{ID: d.ID, Layer: layer}
	if work(ann, d.Status) {
		if err := checkLayer(layer); err != nil {
			return r, err
		}
	}
	sum := m.sum
	var seq int64
	// A new article under a free id, the usual case, goes in at once: the
	// insert does nothing where its text or id is taken, and the document
	// is then looked up as before.
	id := plainID(d.ID)
	if m.err == nil {
		err := a.insNew.QueryRowContext(ctx, id, m.title, d.Text, sum, m.meta,
			d.Source.Name, d.Source.Path, d.Source.Size, d.Source.SHA256, a.now).Scan(&seq)
		if err == nil {
			return a.stored(r, d, ann, m, layer, id, seq)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return r, err
		}
	}
	var existing string
	err := a.findText.QueryRowContext(ctx, sum).Scan(&seq, &existing)
	if err == nil {
		r.ID, r.Duplicate = existing, true
		if !work(ann, d.Status) {
			return r, nil
		}
		have, err := readLayer(a.t, seq, layer)
		if err != nil {
			return r, err
		}
		if !have.Empty() {
			if annotate.SameWork(have, withStatus(ann, d.Status)) {
				return r, nil
			}
			return r, fmt.Errorf("%s's layer of %s %w", layer, existing, ErrLayerConflict)
		}
		r.AnnotationsAdded = true
		a.last, err = applyImport(a.t, a.actor, layer, existing, ann, d.Status, known{seq: seq, textLen: -1, fresh: true})
		return r, err
	} else if !errors.Is(err, sql.ErrNoRows) {
		return r, err
	}
	id, err = uniqueID(ctx, a.findID, d.ID)
	if err != nil {
		return r, err
	}
	if m.err != nil {
		return r, m.err
	}
	if err := a.ins.QueryRowContext(ctx, id, m.title, d.Text, sum, m.meta,
		d.Source.Name, d.Source.Path, d.Source.Size, d.Source.SHA256, a.now).Scan(&seq); err != nil {
		return r, err
	}
	return a.stored(r, d, ann, m, layer, id, seq)
}

// stored stores what comes with document d, just stored as seq under id.
func (a *adder) stored(r AddResult, d *annotate.Document, ann *annotate.Annotations, m docMeasures, layer, id string, seq int64) (AddResult, error) {
	ctx := a.t.sctx
	var err error
	for _, z := range d.Zones {
		if _, err := a.insZone.ExecContext(ctx, seq, z.Zone, z.Start, z.End); err != nil {
			return r, fmt.Errorf("zone %s [%d, %d): %w", z.Zone, z.Start, z.End, err)
		}
	}
	if a.last, err = applyImport(a.t, a.actor, layer, id, ann, d.Status,
		known{seq: seq, textLen: m.runes, fresh: true, text: &d.Text}); err != nil {
		return r, err
	}
	if a.owe != "" {
		if _, err := a.t.exec("INSERT INTO suggest_owed(doc, layer) VALUES (?, ?) ON CONFLICT DO NOTHING", seq, a.owe); err != nil {
			return r, err
		}
	}
	if a.first == 0 {
		a.first = seq
	}
	a.unindexed++
	d.ID, r.ID = id, id
	return r, nil
}

// work says whether an imported document brings any annotation or a status.
func work(a *annotate.Annotations, status annotate.Status) bool {
	return (status != "" && status != annotate.StatusTodo) || (a != nil && !a.Empty())
}

func withStatus(a *annotate.Annotations, status annotate.Status) *annotate.Annotations {
	c := annotate.Annotations{}
	if a != nil {
		c = *a
	}
	if c.Status == "" {
		c.Status = status
	}
	return &c
}

// checkLayer says whether layer can take annotations: an analyst's, or gold.
func checkLayer(layer string) error {
	if layer == annotate.LayerGold {
		return nil
	}
	return CheckAnalyst(layer)
}

// applyImport applies what came with an imported document (a's work, and
// status) to layer as one "import" edit (not on anyone's undo history) and
// returns it, to be logged (nil when there was nothing to add); k says
// what is known of the document (its seq at least).
func applyImport(t *txn, actor, layer string, id string, a *annotate.Annotations, status annotate.Status, k known) (*applied, error) {
	e := annotate.Edit{Doc: id, Summary: "import annotations"}
	if a != nil {
		ops, targets, err := addOpsTargets(t, k.seq, a)
		if err != nil {
			return nil, err
		}
		e.Ops = ops
		k.targets = targets
		if a.Status != "" {
			status = a.Status
		}
	}
	if status != "" && status != annotate.StatusTodo {
		e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpSetStatus, Status: status})
	}
	if len(e.Ops) == 0 {
		return nil, nil
	}
	return applyOps(t, actor, layer, "import", e, k)
}

// addOps are the operations that add a's work to document seq (a
// document's status aside): its targets are matched first (by text, or
// stored), and its stances pointed at the ids stored.
func addOps(t *txn, seq int64, a *annotate.Annotations) ([]annotate.Op, error) {
	ops, _, err := addOpsTargets(t, seq, a)
	return ops, err
}

// addOpsTargets is addOps, with the text of each target matched or
// stored, by the id stored.
func addOpsTargets(t *txn, seq int64, a *annotate.Annotations) ([]annotate.Op, map[string]string, error) {
	var ops []annotate.Op
	stances := append([]annotate.Stance(nil), a.Stances...)
	targets := make(map[string]string, len(a.Targets))
	for _, tg := range a.Targets {
		tid, err := matchTarget(t, &tg, seq)
		if err != nil {
			return nil, nil, err
		}
		targets[tid] = tg.Text
		for j := range stances {
			if stances[j].Target == tg.ID {
				stances[j].Target = tid
			}
		}
	}
	for i := range a.Spans {
		ops = append(ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &a.Spans[i]})
	}
	for i := range a.Relations {
		ops = append(ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &a.Relations[i]})
	}
	for i := range stances {
		ops = append(ops, annotate.Op{Kind: annotate.OpSetStance, Stance: &stances[i]})
	}
	for _, k := range sortedKeys(a.DocLabels) {
		b, err := json.Marshal(a.DocLabels[k])
		if err != nil {
			return nil, nil, err
		}
		ops = append(ops, annotate.Op{Kind: annotate.OpSetDocLabel, Key: k, Value: b})
	}
	return ops, targets, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// matchTarget finds a target by text (project-wide or this document's) or
// stores it, keeping its id when free. It returns the id stored.
func matchTarget(t *txn, tg *annotate.Target, seq int64) (string, error) {
	var id string
	err := t.queryRow("SELECT id FROM targets WHERE text = ? AND (doc IS NULL OR doc = ?)", tg.Text, seq).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	id = tg.ID
	taken := id == ""
	if !taken {
		if taken, err = t.exists("SELECT 1 FROM targets WHERE id = ?", id); err != nil {
			return "", err
		}
	}
	if taken {
		if id, err = nextTargetID(t); err != nil {
			return "", err
		}
	}
	var doc any
	if tg.DocID != "" {
		doc = seq
	}
	_, err = t.exec("INSERT INTO targets(id, text, kind, doc) VALUES (?, ?, ?, ?)", id, tg.Text, tg.Kind, doc)
	return id, err
}

// plainID is the id asked for, as stored when it is free.
func plainID(want string) string {
	if want = strings.TrimSpace(want); want == "" {
		return "article"
	}
	return want
}

// uniqueID keeps a readable id and adds "-2", "-3"… when it is taken;
// findID is "SELECT 1 FROM documents WHERE id = ?".
func uniqueID(ctx context.Context, findID *sql.Stmt, want string) (string, error) {
	want = plainID(want)
	id := want
	for n := 2; ; n++ {
		var one int
		err := findID.QueryRowContext(ctx, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return id, nil
		}
		if err != nil {
			return "", err
		}
		id = fmt.Sprintf("%s-%d", want, n)
	}
}

// DocSummary is one line of the document list, for one layer.
type DocSummary struct {
	ID      string
	Title   string
	Status  annotate.Status // in the layer
	Spans   int             // accepted spans in the layer
	Pending int             // pending suggestions in the layer
}

// summaryColumns reads the list's line of each document in layer (?1)
// from layer_summary, one row a document (no row: to do, nothing tagged).
const summaryColumns = `SELECT d.id, d.title, coalesce(ls.status, 'todo'), coalesce(ls.spans, 0), coalesce(ls.pending, 0)
		FROM documents d LEFT JOIN layer_summary ls ON ls.doc = d.seq AND ls.layer = ?1`

// Documents lists the project's documents in import order, with their
// status and counts in layer.
func (s *Store) Documents(ctx context.Context, layer string) ([]DocSummary, error) {
	// Two scans in step, straight from the driver in one read
	// transaction: every document, and the layer's lines (stored in
	// document order); a join, or database/sql's per-row work, was most
	// of the time at 100,000 documents.
	var out []DocSummary
	err := s.readTx(ctx, func(q querier) error {
		docs, err := q(ctx, "SELECT seq, id, title FROM documents ORDER BY seq")
		if err != nil {
			return err
		}
		defer docs.close()
		lines, err := q(ctx, "SELECT doc, status, spans, pending FROM layer_summary WHERE layer = ? ORDER BY doc", layer)
		if err != nil {
			return err
		}
		defer lines.close()
		line, more := int64(-1), true
		for {
			ok, err := docs.next()
			if err != nil || !ok {
				return err
			}
			seq, _ := docs.int(0)
			d := DocSummary{ID: docs.str(1), Title: docs.str(2), Status: annotate.StatusTodo}
			for more && line < seq {
				if more, err = lines.next(); err != nil {
					return err
				}
				if more {
					line, _ = lines.int(0)
				}
			}
			if more && line == seq {
				spans, _ := lines.int(2)
				pending, _ := lines.int(3)
				d.Status, d.Spans, d.Pending = annotate.Status(lines.str(1)), int(spans), int(pending)
			}
			out = append(out, d)
		}
	})
	if err != nil {
		return nil, s.explain(err)
	}
	return out, nil
}

// DocumentSummary is the document list's line for one document in layer,
// read after an edit instead of the whole list.
func (s *Store) DocumentSummary(ctx context.Context, id, layer string) (DocSummary, error) {
	var d DocSummary
	var st string
	err := s.queryRow(ctx, summaryColumns+` WHERE d.id = ?2`, layer, id).Scan(&d.ID, &d.Title, &st, &d.Spans, &d.Pending)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	d.Status = annotate.Status(st)
	return d, s.explain(err)
}

// Queue lists the documents handed out to analyst, in import order, with
// their status and counts in the analyst's layer; ok is false when nobody
// handed documents out to them (their list is then every document).
func (s *Store) Queue(ctx context.Context, analyst string) (docs []DocSummary, ok bool, err error) {
	rows, err := s.query(ctx, summaryColumns+` JOIN assignments a ON a.doc = d.seq AND a.analyst = ?1 ORDER BY d.seq`, analyst)
	if err != nil {
		return nil, false, s.explain(err)
	}
	defer rows.Close()
	for rows.Next() {
		var d DocSummary
		var st string
		if err := rows.Scan(&d.ID, &d.Title, &st, &d.Spans, &d.Pending); err != nil {
			return nil, false, err
		}
		d.Status = annotate.Status(st)
		docs = append(docs, d)
	}
	return docs, len(docs) > 0, closeRows(rows)
}

// Document reads one document: its text, metadata, source and zones. Its
// Status is left empty: a status belongs to a layer (Annotations has it).
func (s *Store) Document(ctx context.Context, id string) (*annotate.Document, error) {
	row := s.queryRow(ctx, `SELECT seq, id, text, meta, source_name, source_path, source_size, source_sha256
		FROM documents WHERE id = ?`, id)
	var seq int64
	d, err := scanDocument(row, &seq)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, s.explain(err))
	}
	rows, err := s.query(ctx, `SELECT zone, start, "end" FROM zones WHERE doc = ? ORDER BY start, "end" DESC, zone`, seq)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	for rows.Next() {
		var z annotate.Zone
		if err := rows.Scan(&z.Zone, &z.Start, &z.End); err != nil {
			return nil, err
		}
		d.Zones = append(d.Zones, z)
	}
	return d, rows.Err()
}

type scanner interface{ Scan(...any) error }

func scanDocument(r scanner, seq *int64) (*annotate.Document, error) {
	var d annotate.Document
	var meta string
	if err := r.Scan(seq, &d.ID, &d.Text, &meta, &d.Source.Name, &d.Source.Path, &d.Source.Size, &d.Source.SHA256); err != nil {
		return nil, err
	}
	m, err := decodeMeta(meta)
	if err != nil {
		return nil, err
	}
	d.Meta = m
	return &d, nil
}

func docSeq(t *txn, id string) (int64, error) {
	var seq int64
	err := t.queryRow("SELECT seq FROM documents WHERE id = ?", id).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	return seq, err
}

// CountDocuments returns how many documents the project has, and how many
// are done in layer.
func (s *Store) CountDocuments(ctx context.Context, layer string) (total, done int, err error) {
	err = s.queryRow(ctx, `SELECT (SELECT count(*) FROM documents),
		(SELECT count(*) FROM doc_status WHERE layer = ? AND status = 'done')`, layer).Scan(&total, &done)
	return total, done, s.explain(err)
}

// TextSums maps the SHA-256 of every document's cleaned text to its id:
// what identifies an article across project files and engines.
func (s *Store) TextSums(ctx context.Context) (map[string]string, error) {
	rows, err := s.query(ctx, "SELECT text_sha256, id FROM documents")
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var sum, id string
		if err := rows.Scan(&sum, &id); err != nil {
			return nil, err
		}
		out[sum] = id
	}
	return out, closeRows(rows)
}
