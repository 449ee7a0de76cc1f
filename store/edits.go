package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsmark/annotate"
)

// ErrNothingToUndo means the analyst has no edit left to undo (or redo).
var ErrNothingToUndo = errors.New("nothing to undo")

// ErrNothingToRedo means no undone edit is waiting to be redone.
var ErrNothingToRedo = errors.New("nothing to redo")

// ErrBadAnalyst means a name cannot be an analyst's: empty, "gold" (the
// adjudicated layer's name), too long, or with control characters.
var ErrBadAnalyst = errors.New("not a usable analyst name")

// CheckAnalyst says whether name can name an analyst and their layer.
func CheckAnalyst(name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return fmt.Errorf("%w: the name is empty", ErrBadAnalyst)
	case strings.EqualFold(strings.TrimSpace(name), annotate.LayerGold):
		return fmt.Errorf("%w: %q is the adjudicated layer's name", ErrBadAnalyst, name)
	case len(name) > 200:
		return fmt.Errorf("%w: the name is longer than 200 bytes", ErrBadAnalyst)
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return fmt.Errorf("%w: the name has control characters", ErrBadAnalyst)
	}
	return nil
}

// Apply makes one analyst edit durable in their own layer, in a single
// transaction, and logs it in the event log with its inverse, on their
// undo history (which clears their redo history). It returns the edit as
// applied: new span and target ids filled in. No analyst's edit can change
// another analyst's layer or gold.
func (s *Store) Apply(ctx context.Context, actor string, e annotate.Edit) (annotate.Edit, error) {
	if err := CheckAnalyst(actor); err != nil {
		return annotate.Edit{}, fmt.Errorf("%s in %s: %w", e.Summary, e.Doc, err)
	}
	return s.applyIn(ctx, actor, actor, e)
}

// Adjudicate makes one adjudication edit durable in the gold layer, on the
// adjudicator's gold undo history. It is the only way gold is written.
func (s *Store) Adjudicate(ctx context.Context, adjudicator string, e annotate.Edit) (annotate.Edit, error) {
	if err := CheckAnalyst(adjudicator); err != nil {
		return annotate.Edit{}, fmt.Errorf("%s in %s: %w", e.Summary, e.Doc, err)
	}
	return s.applyIn(ctx, adjudicator, annotate.LayerGold, e)
}

func (s *Store) applyIn(ctx context.Context, actor, layer string, e annotate.Edit) (annotate.Edit, error) {
	var done annotate.Edit
	err := s.inTx(ctx, func(t *txn) error {
		var id int64
		var err error
		done, id, err = applyEdit(t, actor, layer, "edit", 0, e)
		if err != nil {
			return err
		}
		if _, err := t.exec("DELETE FROM history WHERE actor = ? AND layer = ? AND undone = 1", actor, layer); err != nil {
			return err
		}
		_, err = t.exec("INSERT INTO history(event, actor, layer) VALUES (?, ?, ?)", id, actor, layer)
		return err
	})
	if err != nil {
		return annotate.Edit{}, fmt.Errorf("%s in %s: %w", e.Summary, e.Doc, s.explain(err))
	}
	return done, nil
}

// ApplySuggestions stores a suggester's edit in one transaction, in the
// layer of the analyst the suggestions are for. It is logged under the
// suggester's name but is on nobody's undo history, and it does not start
// the document: accepting or rejecting is the analyst's edit.
func (s *Store) ApplySuggestions(ctx context.Context, suggester, layer string, e annotate.Edit) (annotate.Edit, error) {
	var done annotate.Edit
	err := s.inTx(ctx, func(t *txn) error {
		var err error
		done, err = storeSuggestion(t, suggester, layer, e)
		return err
	})
	if err != nil {
		return annotate.Edit{}, fmt.Errorf("suggestions for %s: %w", e.Doc, s.explain(err))
	}
	return done, nil
}

// StoreSuggestions stores a suggester's edits, one per document of layer,
// in one transaction, each document whole in its own savepoint, as
// ApplySuggestions stores one: a bulk run commits (and syncs) once per
// batch instead of once per document. An edit without operations stores
// nothing but, like the others, settles what its document was owed
// (OwedSuggestions). errs has one entry per edit, nil when it was
// stored; err is for the batch as a whole.
func (s *Store) StoreSuggestions(ctx context.Context, suggester, layer string, edits []annotate.Edit) (errs []error, err error) {
	// What needs no lock (defaults, inverses, the events' bodies) is done
	// first, on all cores.
	return s.storeSuggestions(ctx, suggester, layer, prepareSuggestions(edits), false)
}

// Suggestions is one document's suggestions made ready to store: what
// needs no lock (defaults, inverses, the event's body) is done by
// PrepareSuggestions, on the caller's goroutine.
type Suggestions struct {
	rows suggestionRows
}

// PrepareSuggestions makes a suggester's edit of doc ready for
// StorePreparedSuggestions: a bulk run does it on the goroutines that
// suggest, so the one that writes only writes. doc is the document as
// stored (its text is hashed, so a text that is not the document's is
// read again from the project rather than trusted).
func PrepareSuggestions(doc *annotate.Document, e annotate.Edit) Suggestions {
	r := prepareSuggestion(e)
	r.hashText(doc)
	return Suggestions{rows: r}
}

// PrepareSuggested is PrepareSuggestions for the edit of doc that adds
// spans and then rels (a suggester's result), which the caller gives up:
// they are kept as they are, their defaults filled in place, where
// PrepareSuggestions copies its edit's.
func PrepareSuggested(doc *annotate.Document, summary string, spans []annotate.Span, rels []annotate.Relation) Suggestions {
	r := prepareOwnSuggestion(doc.ID, summary, spans, rels)
	r.hashText(doc)
	return Suggestions{rows: r}
}

// StorePreparedSuggestions is StoreSuggestions for edits made ready by
// PrepareSuggestions.
func (s *Store) StorePreparedSuggestions(ctx context.Context, suggester, layer string, prepared []Suggestions) (errs []error, err error) {
	return s.storeSuggestions(ctx, suggester, layer, preparedRows(prepared), false)
}

// StorePreparedSuggestionSets is StorePreparedSuggestions for a bulk run
// (suggest --all): a document's suggestions that fit are stored as a
// suggestion set, their event and a row naming it, and written as spans
// and links at the first edit of the document's layer (suggest_sets.go).
// Every read of the layer gives what StorePreparedSuggestions would have
// stored.
func (s *Store) StorePreparedSuggestionSets(ctx context.Context, suggester, layer string, prepared []Suggestions) (errs []error, err error) {
	return s.storeSuggestions(ctx, suggester, layer, preparedRows(prepared), true)
}

// hashText notes doc's text's hash and length for a plain edit of doc
// that adds spans (suggestedDoc).
func (r *suggestionRows) hashText(doc *annotate.Document) {
	if r.plain && len(r.spans) > 0 && doc != nil && doc.ID == r.edit.Doc {
		r.textSHA256, r.textLen = TextSHA256(doc.Text), utf8.RuneCountInString(doc.Text)
	}
}

func preparedRows(prepared []Suggestions) []suggestionRows {
	rows := make([]suggestionRows, len(prepared))
	for i, p := range prepared {
		rows[i] = p.rows
	}
	return rows
}

func (s *Store) storeSuggestions(ctx context.Context, suggester, layer string, rows []suggestionRows, asSets bool) (errs []error, err error) {
	errs = make([]error, len(rows))
	// In slices of the batch, each one transaction that lets a writer
	// waiting for the file's lock in (sliceOver), as AddDocuments does.
	for from := 0; from < len(rows); {
		next, err := s.suggestSlice(ctx, suggester, layer, rows, from, errs, asSets)
		if err != nil {
			return nil, s.explain(err)
		}
		from = next
	}
	return errs, nil
}

// suggestSlice stores rows from from on in one transaction until
// sliceOver says so, and returns where the next slice begins. Plain
// documents (suggestionRows) go in groups; any other, and the documents of
// a group that failed, one by one in a savepoint each.
func (s *Store) suggestSlice(ctx context.Context, suggester, layer string, rows []suggestionRows, from int, errs []error, asSets bool) (next int, err error) {
	err = s.inBulkTx(ctx, func(t *txn) error {
		started := time.Now()
		next = from
		for next < len(rows) {
			if err := ctx.Err(); err != nil {
				return err
			}
			if next > from && s.sliceOver(started) {
				return nil
			}
			end := next
			for end < len(rows) && end-next < suggestGroup && rows[end].plain {
				end++
			}
			if end > next {
				err := s.writeSuggestionGroup(t, suggester, layer, rows[next:end], asSets)
				if err == nil {
					next = end
					continue
				}
				if !errors.Is(err, errGroup) {
					return err
				}
			} else {
				end = next + 1
			}
			for i := next; i < end; i++ {
				if err := storeOneSuggestion(t, suggester, layer, rows[i].edit, i, errs, s); err != nil {
					return err
				}
			}
			next = end
		}
		return nil
	})
	return next, err
}

// storeOneSuggestion stores one document's suggestions in a savepoint of
// its own; what fails for the document alone is errs[i].
func storeOneSuggestion(t *txn, suggester, layer string, e annotate.Edit, i int, errs []error, s *Store) error {
	if _, err := t.exec("SAVEPOINT sugg"); err != nil {
		return err
	}
	if _, err := storeSuggestion(t, suggester, layer, e); err != nil {
		if _, rerr := t.exec("ROLLBACK TO SAVEPOINT sugg"); rerr != nil {
			return rerr
		}
		errs[i] = fmt.Errorf("suggestions for %s: %w", e.Doc, s.explain(err))
	}
	_, err := t.exec("RELEASE SAVEPOINT sugg")
	return err
}

// storeSuggestion applies and logs one document's suggestions, settling
// what the document was owed in layer.
func storeSuggestion(t *txn, suggester, layer string, e annotate.Edit) (annotate.Edit, error) {
	p, err := applySuggestion(t, suggester, layer, e)
	if err != nil || p == nil {
		return e, err
	}
	body, err := encodeEventBody(p.done.Ops, p.inverse)
	if err != nil {
		return e, err
	}
	if _, err := p.log(t, 0, body); err != nil {
		return e, err
	}
	return p.done, nil
}

// applySuggestion applies one document's suggestions and settles what the
// document was owed in layer; nil when there was nothing to apply.
func applySuggestion(t *txn, suggester, layer string, e annotate.Edit) (*applied, error) {
	seq, err := docSeq(t, e.Doc)
	if err != nil {
		return nil, err
	}
	if _, err := t.exec("DELETE FROM suggest_owed WHERE doc = ? AND layer = ?", seq, layer); err != nil {
		return nil, err
	}
	if len(e.Ops) == 0 {
		return nil, nil
	}
	return applyOps(t, suggester, layer, "suggest", e, known{seq: seq, textLen: -1})
}

// OwedSuggestions lists the documents owed suggestions (AddOptions), by
// layer, in import order: what an import stopped between storing
// documents and suggesting for them left undone.
func (s *Store) OwedSuggestions(ctx context.Context) (map[string][]string, error) {
	rows, err := s.query(ctx, `SELECT o.layer, d.id FROM suggest_owed o JOIN documents d ON d.seq = o.doc ORDER BY o.layer, d.seq`)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var layer, id string
		if err := rows.Scan(&layer, &id); err != nil {
			return nil, err
		}
		out[layer] = append(out[layer], id)
	}
	return out, closeRows(rows)
}

// Undo reverts actor's latest edit of their own layer that is not yet
// undone, wherever it was made, and returns it. It works across documents
// and restarts because it reads the event log.
func (s *Store) Undo(ctx context.Context, actor string) (annotate.Edit, error) {
	return s.step(ctx, actor, actor, true)
}

// Redo re-applies actor's most recently undone edit of their own layer.
func (s *Store) Redo(ctx context.Context, actor string) (annotate.Edit, error) {
	return s.step(ctx, actor, actor, false)
}

// UndoAdjudication reverts the adjudicator's latest gold edit.
func (s *Store) UndoAdjudication(ctx context.Context, adjudicator string) (annotate.Edit, error) {
	return s.step(ctx, adjudicator, annotate.LayerGold, true)
}

// RedoAdjudication re-applies the adjudicator's most recently undone gold edit.
func (s *Store) RedoAdjudication(ctx context.Context, adjudicator string) (annotate.Edit, error) {
	return s.step(ctx, adjudicator, annotate.LayerGold, false)
}

func (s *Store) step(ctx context.Context, actor, layer string, undo bool) (annotate.Edit, error) {
	var out annotate.Edit
	err := s.inTx(ctx, func(t *txn) error {
		q := `SELECT h.event, e.doc, e.summary, e.ops, e.inverse, e.body FROM history h JOIN events e ON e.id = h.event
			WHERE h.actor = ? AND h.layer = ? AND h.undone = 0 ORDER BY h.event DESC LIMIT 1`
		if !undo {
			q = `SELECT h.event, e.doc, e.summary, e.ops, e.inverse, e.body FROM history h JOIN events e ON e.id = h.event
			WHERE h.actor = ? AND h.layer = ? AND h.undone = 1 ORDER BY h.event ASC LIMIT 1`
		}
		var id int64
		var doc, summary, ops, inverse string
		var body []byte
		err := t.queryRow(q, actor, layer).Scan(&id, &doc, &summary, &ops, &inverse, &body)
		if errors.Is(err, sql.ErrNoRows) {
			if undo {
				return ErrNothingToUndo
			}
			return ErrNothingToRedo
		}
		if err != nil {
			return err
		}
		e := annotate.Edit{Doc: doc, Summary: summary}
		fwd, inv, err := decodeEventBody(body, ops, inverse)
		if err != nil {
			return fmt.Errorf("event %d: %w", id, err)
		}
		e.Ops = fwd
		kind := "redo"
		if undo {
			e.Ops, kind = inv, "undo"
		}
		if _, _, err := applyEdit(t, actor, layer, kind, id, e); err != nil {
			return err
		}
		flag := 0
		if undo {
			flag = 1
		}
		if _, err := t.exec("UPDATE history SET undone = ? WHERE event = ?", flag, id); err != nil {
			return err
		}
		out = annotate.Edit{Doc: doc, Summary: summary, Ops: e.Ops}
		return nil
	})
	if err != nil && !errors.Is(err, ErrNothingToUndo) && !errors.Is(err, ErrNothingToRedo) {
		err = s.explain(err)
	}
	return out, err
}

// Event is one row of the append-only event log.
type Event struct {
	ID      int64
	At      time.Time
	Actor   string
	Layer   string // the layer the event changed
	Doc     string
	Kind    string // edit, undo, redo, import or suggest
	Ref     int64  // the event an undo or redo refers to
	Summary string
	Ops     []annotate.Op
	// Inverse is what undoes Ops, in the order it runs.
	Inverse []annotate.Op
}

// Events returns the log for one document ("" for all), oldest first.
func (s *Store) Events(ctx context.Context, doc string) ([]Event, error) {
	rows, err := s.query(ctx, `SELECT id, at, actor, layer, doc, kind, coalesce(ref, 0), summary, ops, inverse, body FROM events
		WHERE ? = '' OR doc = ? ORDER BY id`, doc, doc)
	if err != nil {
		return nil, s.explain(err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var ev Event
		var at, ops, inverse string
		var body []byte
		if err := rows.Scan(&ev.ID, &at, &ev.Actor, &ev.Layer, &ev.Doc, &ev.Kind, &ev.Ref, &ev.Summary, &ops, &inverse, &body); err != nil {
			return nil, err
		}
		ev.At, _ = time.Parse(time.RFC3339Nano, at)
		if ev.Ops, ev.Inverse, err = decodeEventBody(body, ops, inverse); err != nil {
			return nil, fmt.Errorf("event %d: %w", ev.ID, err)
		}
		out = append(out, ev)
	}
	return out, s.explain(rows.Err())
}

// applyEdit applies e's operations in order to layer inside t, logs the
// event and returns the edit as applied and the event's id.
func applyEdit(t *txn, actor, layer, kind string, ref int64, e annotate.Edit) (annotate.Edit, int64, error) {
	return applyEditKnown(t, actor, layer, kind, ref, e, known{})
}

// known is what the caller of applyEditKnown already knows of the
// document, so the edit need not read it again.
type known struct {
	seq     int64 // the document's seq (0: look it up by id)
	textLen int   // its length in code points (read when seq is 0)
	// fresh says the layer holds nothing in the document yet (a document
	// just stored, or a layer found empty): the old value of what an
	// operation sets is then known to be none without a read.
	fresh bool
	// text is the text of a document just stored (nil otherwise), and
	// targets the text of the targets an import edit's stances point to
	// (by id): with them an import's facets are computed, not read back,
	// and left to the caller to write (applied.facets).
	text    *string
	targets map[string]string
}

func applyEditKnown(t *txn, actor, layer, kind string, ref int64, e annotate.Edit, k known) (annotate.Edit, int64, error) {
	p, err := applyOps(t, actor, layer, kind, e, k)
	if err != nil {
		return e, 0, err
	}
	body, err := encodeEventBody(p.done.Ops, p.inverse)
	if err != nil {
		return e, 0, err
	}
	id, err := p.log(t, ref, body)
	if err != nil {
		return e, 0, err
	}
	return p.done, id, nil
}

// applied is an edit applied and not yet logged.
type applied struct {
	actor, layer, kind, at string
	done                   annotate.Edit // as applied: new ids filled in
	inverse                []annotate.Op
	seq                    int64 // the document's
	// facets, when set, describe the layer an import left in a document
	// just stored: its facets and list line are still to be written.
	facets *freshLayer
}

// log appends the edit to the event log with its body (encodeEventBody
// of its operations and inverse) and returns the event's id.
func (p *applied) log(t *txn, ref int64, body []byte) (int64, error) {
	var refArg any
	if ref != 0 {
		refArg = ref
	}
	var id int64
	err := t.queryRow(`INSERT INTO events(at, actor, layer, doc, kind, ref, summary, ops, inverse, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?) RETURNING id`, p.at, p.actor, p.layer, p.done.Doc, p.kind, refArg,
		p.done.Summary, body).Scan(&id)
	return id, err
}

// applyOps applies e's operations in order to layer inside t.
func applyOps(t *txn, actor, layer, kind string, e annotate.Edit, k known) (*applied, error) {
	seq := k.seq
	textLen := -1
	if seq == 0 {
		var err error
		if seq, err = docSeq(t, e.Doc); err != nil {
			return nil, err
		}
		k.fresh = false
	} else {
		textLen = k.textLen
	}
	if err := t.d.lockLayer(t, seq, layer); err != nil {
		return nil, err
	}
	// A suggestion set the layer has is written as rows before anything
	// reads or changes them (suggest_sets.go); a layer known to be empty
	// has none.
	if !k.fresh {
		if err := materialiseSuggestionSets(t, seq, layer); err != nil {
			return nil, err
		}
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	if _, err := t.exec("INSERT INTO layers(name, began_at) VALUES (?, ?) ON CONFLICT DO NOTHING", layer, now); err != nil {
		return nil, err
	}
	a := applier{t: t, seq: seq, layer: layer, actor: actor, textLen: textLen, fresh: k.fresh}
	if kind == "edit" {
		// An analyst's first edit of a document to do starts it. The status
		// change is part of the edit, so undoing the edit undoes it too.
		status, err := a.status()
		if err != nil {
			return nil, err
		}
		if status == annotate.StatusTodo && !setsStatus(e.Ops) {
			e.Ops = append(append([]annotate.Op(nil), e.Ops...), annotate.Op{Kind: annotate.OpSetStatus, Status: annotate.StatusInProgress})
		}
	}
	// Undo runs the inverses last-first. Each op's inverses are kept in
	// their own group and the groups joined in reverse at the end:
	// prepending them one op at a time copied the whole list per op, a
	// cost quadratic in the ops of an edit (a 2 MB article's suggestions,
	// tens of thousands of spans, took minutes). An import into a document
	// just stored adds its spans and relations a run at a time.
	done, invs, err := a.applyAll(e.Ops, kind == "import" && k.fresh && k.text != nil)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, inv := range invs {
		n += len(inv)
	}
	inverse := make([]annotate.Op, 0, n)
	for i := len(invs) - 1; i >= 0; i-- {
		inverse = append(inverse, invs[i]...)
	}
	e.Ops = done
	p := &applied{actor: actor, layer: layer, kind: kind, at: now, done: e, inverse: inverse, seq: seq}
	if l, ok := importedFacets(k, kind, done); ok {
		p.facets = &l // the caller writes them (adder.flush)
	} else if err := refreshFacets(t, seq, layer); err != nil {
		return nil, err
	}
	return p, nil
}

func setsStatus(ops []annotate.Op) bool {
	for _, op := range ops {
		if op.Kind == annotate.OpSetStatus {
			return true
		}
	}
	return false
}

// applier applies operations to one layer of one document.
type applier struct {
	t     *txn
	seq   int64
	layer string
	actor string
	// textLen is the document's length in code points, -1 until read:
	// the text never changes, so one read serves every operation.
	textLen int
	// fresh says the layer held nothing in the document when the edit
	// began; what the edit itself set is then the only thing to read.
	fresh    bool
	statusAt annotate.Status // the status the edit set, when fresh
	stances  map[[2]string]bool
	labels   map[string]bool
}

func (a *applier) exec(q string, args ...any) (sql.Result, error) {
	return a.t.exec(q, args...)
}

// status is the document's status in the layer.
func (a *applier) status() (annotate.Status, error) {
	if a.fresh {
		if a.statusAt == "" {
			return annotate.StatusTodo, nil
		}
		return a.statusAt, nil
	}
	var st string
	err := a.t.queryRow("SELECT status FROM doc_status WHERE doc = ? AND layer = ?", a.seq, a.layer).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) {
		return annotate.StatusTodo, nil
	}
	return annotate.Status(st), err
}

// apply runs one operation and returns what was done (delete_span expands to
// the removal of its relations and stances first) and its inverse.
func (a *applier) apply(op annotate.Op) (done, inverse []annotate.Op, err error) {
	switch op.Kind {
	case annotate.OpAddSpan:
		if op.Span == nil {
			return nil, nil, errors.New("no span")
		}
		sp := *op.Span
		if sp.ID == "" {
			if sp.ID, err = a.nextSpanID(sp.Label); err != nil {
				return nil, nil, err
			}
		}
		if sp.Status == "" {
			sp.Status = annotate.SpanAccepted
		}
		if sp.Source == "" {
			sp.Source = annotate.SourceManual
		}
		if err := a.checkRange(sp.Start, sp.End); err != nil {
			return nil, nil, err
		}
		if err := a.insertSpan(sp); err != nil {
			return nil, nil, fmt.Errorf("span %s: %w", sp.ID, err)
		}
		return one(annotate.Op{Kind: op.Kind, Span: &sp}), one(annotate.Op{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: sp.ID}}), nil

	case annotate.OpDeleteSpan:
		if op.Span == nil {
			return nil, nil, errors.New("no span")
		}
		old, err := a.span(op.Span.ID)
		if err != nil {
			return nil, nil, err
		}
		rels, err := a.relationsOf(old.ID)
		if err != nil {
			return nil, nil, err
		}
		stances, err := a.stancesOf(old.ID)
		if err != nil {
			return nil, nil, err
		}
		for i := range rels {
			d, inv, err := a.apply(annotate.Op{Kind: annotate.OpDeleteRelation, Relation: &rels[i]})
			if err != nil {
				return nil, nil, err
			}
			done, inverse = append(done, d...), append(inv, inverse...)
		}
		for i := range stances {
			d, inv, err := a.apply(annotate.Op{Kind: annotate.OpDeleteStance, Stance: &stances[i]})
			if err != nil {
				return nil, nil, err
			}
			done, inverse = append(done, d...), append(inv, inverse...)
		}
		if _, err := a.exec("DELETE FROM spans WHERE doc = ? AND layer = ? AND id = ?", a.seq, a.layer, old.ID); err != nil {
			return nil, nil, err
		}
		done = append(done, annotate.Op{Kind: op.Kind, Span: &annotate.Span{ID: old.ID}})
		inverse = append([]annotate.Op{{Kind: annotate.OpAddSpan, Span: old}}, inverse...)
		return done, inverse, nil

	case annotate.OpUpdateSpan:
		if op.Span == nil {
			return nil, nil, errors.New("no span")
		}
		old, err := a.span(op.Span.ID)
		if err != nil {
			return nil, nil, err
		}
		sp := *op.Span
		if err := a.checkRange(sp.Start, sp.End); err != nil {
			return nil, nil, err
		}
		attrs, err := json.Marshal(nonNil(sp.Attrs))
		if err != nil {
			return nil, nil, err
		}
		if _, err := a.exec(`UPDATE spans SET start = ?, "end" = ?, label = ?, attrs = ?, annotator = ?, source = ?, status = ?,
			note = ?, pattern = ?, confidence = ?, agreed_by = ? WHERE doc = ? AND layer = ? AND id = ?`, sp.Start, sp.End, sp.Label, string(attrs),
			sp.Annotator, sp.Source, sp.Status, sp.Note, sp.Pattern, sp.Confidence, joinNames(sp.AgreedBy), a.seq, a.layer, sp.ID); err != nil {
			return nil, nil, err
		}
		return one(annotate.Op{Kind: op.Kind, Span: &sp}), one(annotate.Op{Kind: op.Kind, Span: old}), nil

	case annotate.OpAddRelation:
		r := op.Relation
		if r == nil {
			return nil, nil, errors.New("no relation")
		}
		rel := *r
		if rel.Source == "" {
			rel.Source = annotate.SourceManual
		}
		if rel.Status == "" {
			rel.Status = annotate.SpanAccepted
		}
		res, err := a.exec(`INSERT INTO relations(doc, layer, label, head, child, source, status) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, a.seq, a.layer, rel.Label, rel.Head, rel.Child, rel.Source, rel.Status)
		if err != nil {
			return nil, nil, fmt.Errorf("%s %s → %s: %w", rel.Label, rel.Head, rel.Child, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil, nil, nil // already there: nothing to do or undo
		}
		return one(annotate.Op{Kind: op.Kind, Relation: &rel}), one(annotate.Op{Kind: annotate.OpDeleteRelation, Relation: &rel}), nil

	case annotate.OpDeleteRelation:
		r := op.Relation
		if r == nil {
			return nil, nil, errors.New("no relation")
		}
		var old annotate.Relation
		err := a.t.queryRow(`SELECT label, head, child, source, status FROM relations
			WHERE doc = ? AND layer = ? AND label = ? AND head = ? AND child = ?`, a.seq, a.layer, r.Label, r.Head, r.Child).
			Scan(&old.Label, &old.Head, &old.Child, &old.Source, &old.Status)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil, nil
		}
		if err != nil {
			return nil, nil, err
		}
		if _, err := a.exec("DELETE FROM relations WHERE doc = ? AND layer = ? AND label = ? AND head = ? AND child = ?", a.seq, a.layer, r.Label, r.Head, r.Child); err != nil {
			return nil, nil, err
		}
		return one(annotate.Op{Kind: op.Kind, Relation: &old}), one(annotate.Op{Kind: annotate.OpAddRelation, Relation: &old}), nil

	case annotate.OpSetStance:
		st := op.Stance
		if st == nil {
			return nil, nil, errors.New("no stance")
		}
		n := *st
		if n.Annotator == "" {
			n.Annotator = a.actor
		}
		old, err := a.stance(n.Statement, n.Target)
		if err != nil {
			return nil, nil, err
		}
		var es, ee any
		if n.Evidence != nil {
			if err := a.checkRange(n.Evidence.Start, n.Evidence.End); err != nil {
				return nil, nil, err
			}
			es, ee = n.Evidence.Start, n.Evidence.End
		}
		if _, err := a.exec(`INSERT INTO stances(doc, layer, statement, target, label, implicit, evidence_start, evidence_end, annotator)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc, layer, statement, target) DO UPDATE SET label = excluded.label,
			implicit = excluded.implicit, evidence_start = excluded.evidence_start, evidence_end = excluded.evidence_end,
			annotator = excluded.annotator`, a.seq, a.layer, n.Statement, n.Target, n.Label, boolInt(n.Implicit), es, ee, n.Annotator); err != nil {
			return nil, nil, fmt.Errorf("stance of %s toward %s: %w", n.Statement, n.Target, err)
		}
		a.touchStance(n.Statement, n.Target)
		inv := annotate.Op{Kind: annotate.OpDeleteStance, Stance: &annotate.Stance{Statement: n.Statement, Target: n.Target}}
		if old != nil {
			inv = annotate.Op{Kind: annotate.OpSetStance, Stance: old}
		}
		return one(annotate.Op{Kind: op.Kind, Stance: &n}), one(inv), nil

	case annotate.OpDeleteStance:
		st := op.Stance
		if st == nil {
			return nil, nil, errors.New("no stance")
		}
		old, err := a.stance(st.Statement, st.Target)
		if err != nil || old == nil {
			return nil, nil, err
		}
		if _, err := a.exec("DELETE FROM stances WHERE doc = ? AND layer = ? AND statement = ? AND target = ?", a.seq, a.layer, st.Statement, st.Target); err != nil {
			return nil, nil, err
		}
		return one(annotate.Op{Kind: op.Kind, Stance: old}), one(annotate.Op{Kind: annotate.OpSetStance, Stance: old}), nil

	case annotate.OpAddTarget:
		t := op.Target
		if t == nil || t.Text == "" {
			return nil, nil, errors.New("a target needs a text")
		}
		n := *t
		if n.ID == "" {
			if n.ID, err = nextTargetID(a.t); err != nil {
				return nil, nil, err
			}
		}
		var doc any
		if op.TargetDoc != "" {
			doc = a.seq
		}
		if _, err := a.exec("INSERT INTO targets(id, text, kind, doc) VALUES (?, ?, ?, ?)", n.ID, n.Text, n.Kind, doc); err != nil {
			return nil, nil, fmt.Errorf("target %s: %w", n.ID, err)
		}
		return one(annotate.Op{Kind: op.Kind, Target: &n, TargetDoc: op.TargetDoc}),
			one(annotate.Op{Kind: annotate.OpDeleteTarget, Target: &annotate.Target{ID: n.ID}}), nil

	case annotate.OpDeleteTarget:
		if op.Target == nil {
			return nil, nil, errors.New("no target")
		}
		var old annotate.Target
		var doc sql.NullInt64
		err := a.t.queryRow("SELECT id, text, kind, doc FROM targets WHERE id = ?", op.Target.ID).
			Scan(&old.ID, &old.Text, &old.Kind, &doc)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil, nil
		}
		if err != nil {
			return nil, nil, err
		}
		var n int
		if err := a.t.queryRow("SELECT count(*) FROM stances WHERE target = ?", old.ID).Scan(&n); err != nil {
			return nil, nil, err
		}
		if n > 0 {
			return nil, nil, fmt.Errorf("target %s is used by %d stances; remove them first", old.ID, n)
		}
		if _, err := a.exec("DELETE FROM targets WHERE id = ?", old.ID); err != nil {
			return nil, nil, err
		}
		scope := ""
		if doc.Valid {
			scope = "doc"
		}
		return one(annotate.Op{Kind: op.Kind, Target: &old}),
			one(annotate.Op{Kind: annotate.OpAddTarget, Target: &old, TargetDoc: scope}), nil

	case annotate.OpSetDocLabel:
		var old sql.NullString
		if !a.fresh || a.labels[op.Key] {
			err := a.t.queryRow("SELECT value FROM doc_labels WHERE doc = ? AND layer = ? AND key = ?", a.seq, a.layer, op.Key).Scan(&old)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, nil, err
			}
		}
		if a.fresh {
			if a.labels == nil {
				a.labels = map[string]bool{}
			}
			a.labels[op.Key] = true
		}
		if len(op.Value) == 0 || string(op.Value) == "null" {
			_, err = a.exec("DELETE FROM doc_labels WHERE doc = ? AND layer = ? AND key = ?", a.seq, a.layer, op.Key)
		} else {
			if !json.Valid(op.Value) {
				return nil, nil, fmt.Errorf("document label %s: value is not JSON", op.Key)
			}
			_, err = a.exec(`INSERT INTO doc_labels(doc, layer, key, value) VALUES (?, ?, ?, ?)
				ON CONFLICT(doc, layer, key) DO UPDATE SET value = excluded.value`, a.seq, a.layer, op.Key, string(op.Value))
		}
		if err != nil {
			return nil, nil, err
		}
		inv := annotate.Op{Kind: op.Kind, Key: op.Key}
		if old.Valid {
			inv.Value = json.RawMessage(old.String)
		}
		return one(op), one(inv), nil

	case annotate.OpSetStatus:
		switch op.Status {
		case annotate.StatusTodo, annotate.StatusInProgress, annotate.StatusDone:
		default:
			return nil, nil, fmt.Errorf("unknown document status %q", op.Status)
		}
		old, err := a.status()
		if err != nil {
			return nil, nil, err
		}
		if _, err := a.exec(`INSERT INTO doc_status(doc, layer, status) VALUES (?, ?, ?)
			ON CONFLICT(doc, layer) DO UPDATE SET status = excluded.status`, a.seq, a.layer, string(op.Status)); err != nil {
			return nil, nil, err
		}
		a.statusAt = op.Status
		return one(op), one(annotate.Op{Kind: op.Kind, Status: annotate.Status(old)}), nil
	}
	return nil, nil, fmt.Errorf("unknown operation %q", op.Kind)
}

func one(op annotate.Op) []annotate.Op { return []annotate.Op{op} }

func nonNil(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func (a *applier) checkRange(start, end int) error {
	if a.textLen < 0 {
		if err := a.t.queryRow("SELECT length(text) FROM documents WHERE seq = ?", a.seq).Scan(&a.textLen); err != nil {
			return err
		}
	}
	if n := a.textLen; start < 0 || end < start || end > n {
		return fmt.Errorf("range [%d, %d) is outside the text (%d code points)", start, end, n)
	}
	return nil
}

// touchStance notes a stance the edit set, when the layer was fresh.
func (a *applier) touchStance(statement, target string) {
	if !a.fresh {
		return
	}
	if a.stances == nil {
		a.stances = map[[2]string]bool{}
	}
	a.stances[[2]string{statement, target}] = true
}

func (a *applier) insertSpan(sp annotate.Span) error {
	attrs, err := json.Marshal(nonNil(sp.Attrs))
	if err != nil {
		return err
	}
	_, err = a.exec(`INSERT INTO spans(doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence, agreed_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, a.seq, a.layer, sp.ID, sp.Start, sp.End, sp.Label, string(attrs),
		sp.Annotator, sp.Source, sp.Status, sp.Note, sp.Pattern, sp.Confidence, joinNames(sp.AgreedBy))
	return err
}

var idNumber = regexp.MustCompile(`^(.*?)(\d+)$`)

// nextSpanID gives the next free id for a label: s12 after s11.
func (a *applier) nextSpanID(label string) (string, error) {
	prefix := annotate.SpanIDPrefix(label)
	return nextNumbered(a.t, prefix, "SELECT id FROM spans WHERE doc = ? AND layer = ? AND id LIKE ? || '%'", a.seq, a.layer, prefix)
}

func nextTargetID(t *txn) (string, error) {
	return nextNumbered(t, "T", "SELECT id FROM targets")
}

// nextNumbered is prefix and one more than the highest number after prefix
// among the ids query returns: s12 after s11, T3 after T2. Ids of other
// shapes (kept from imports) are passed over.
func nextNumbered(t *txn, prefix, query string, args ...any) (string, error) {
	rows, err := t.query(query, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	max := 0
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", err
		}
		if m := idNumber.FindStringSubmatch(id); m != nil && m[1] == prefix {
			if n, _ := strconv.Atoi(m[2]); n > max {
				max = n
			}
		}
	}
	return prefix + strconv.Itoa(max+1), rows.Err()
}

func (a *applier) span(id string) (*annotate.Span, error) {
	row := a.t.queryRow(`SELECT id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence, agreed_by
		FROM spans WHERE doc = ? AND layer = ? AND id = ?`, a.seq, a.layer, id)
	sp, err := scanSpan(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("span %s: %w", id, ErrNotFound)
	}
	return sp, err
}

func scanSpan(r scanner) (*annotate.Span, error) {
	var sp annotate.Span
	var attrs, agreed string
	if err := r.Scan(&sp.ID, &sp.Start, &sp.End, &sp.Label, &attrs, &sp.Annotator, &sp.Source, &sp.Status,
		&sp.Note, &sp.Pattern, &sp.Confidence, &agreed); err != nil {
		return nil, err
	}
	sp.AgreedBy = splitNames(agreed)
	if attrs != "{}" {
		if err := json.Unmarshal([]byte(attrs), &sp.Attrs); err != nil {
			return nil, fmt.Errorf("span %s attrs: %w", sp.ID, err)
		}
	}
	return &sp, nil
}

func (a *applier) relationsOf(id string) ([]annotate.Relation, error) {
	rows, err := a.t.query(`SELECT label, head, child, source, status FROM relations
		WHERE doc = ? AND layer = ? AND (head = ? OR child = ?) ORDER BY `+a.t.d.madeOrder(), a.seq, a.layer, id, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annotate.Relation
	for rows.Next() {
		var r annotate.Relation
		if err := rows.Scan(&r.Label, &r.Head, &r.Child, &r.Source, &r.Status); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (a *applier) stancesOf(statement string) ([]annotate.Stance, error) {
	rows, err := a.t.query(`SELECT statement, target, label, implicit, evidence_start, evidence_end, annotator
		FROM stances WHERE doc = ? AND layer = ? AND statement = ? ORDER BY `+a.t.d.madeOrder(), a.seq, a.layer, statement)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annotate.Stance
	for rows.Next() {
		st, err := scanStance(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *st)
	}
	return out, rows.Err()
}

func (a *applier) stance(statement, target string) (*annotate.Stance, error) {
	if a.fresh && !a.stances[[2]string{statement, target}] {
		return nil, nil
	}
	row := a.t.queryRow(`SELECT statement, target, label, implicit, evidence_start, evidence_end, annotator
		FROM stances WHERE doc = ? AND layer = ? AND statement = ? AND target = ?`, a.seq, a.layer, statement, target)
	st, err := scanStance(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return st, err
}

func scanStance(r scanner) (*annotate.Stance, error) {
	var st annotate.Stance
	var es, ee sql.NullInt64
	var implicit int
	if err := r.Scan(&st.Statement, &st.Target, &st.Label, &implicit, &es, &ee, &st.Annotator); err != nil {
		return nil, err
	}
	st.Implicit = implicit != 0
	if es.Valid && ee.Valid {
		st.Evidence = &annotate.Evidence{Start: int(es.Int64), End: int(ee.Int64)}
	}
	return &st, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// joinNames and splitNames store a list of analysts' names in one column:
// gold's agreed_by. Names never hold a newline (CheckAnalyst).
func joinNames(names []string) string { return strings.Join(names, "\n") }

func splitNames(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
