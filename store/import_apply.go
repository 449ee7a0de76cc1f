package store

import (
	"encoding/json"
	"fmt"

	"newsmark/annotate"
)

// An import adds a document's spans and relations into a layer that has
// nothing there: a run of them goes in one statement instead of one each
// (ten spans and six links an article, a million spans in a large
// archive). What is done and its inverse are the operations apply would
// return; where the statement fails (a span outside the text, an id used
// twice, a link to a span that is not there), the run is applied again one
// operation at a time, so the error is the one an edit would give.

// importRun is the most operations one statement adds.
const importRun = 200

// applyAll applies ops in order as apply does, returning what was done and
// each operation's inverse; batched says runs of added spans and relations
// may go in one statement each.
func (a *applier) applyAll(ops []annotate.Op, batched bool) (done []annotate.Op, invs [][]annotate.Op, err error) {
	one := func(i int) error {
		fwd, inv, err := a.apply(ops[i])
		if err != nil {
			return fmt.Errorf("step %d (%s): %w", i+1, ops[i].Kind, err)
		}
		done = append(done, fwd...)
		invs = append(invs, inv)
		return nil
	}
	// Sized once for the usual one operation done each (an import's
	// dozens), not grown by doubling; none done stays nil, as the event
	// log writes it.
	done, invs = make([]annotate.Op, 0, len(ops)), make([][]annotate.Op, 0, len(ops))
	defer func() {
		if len(done) == 0 {
			done = nil
		}
		if len(invs) == 0 {
			invs = nil
		}
	}()
	for i := 0; i < len(ops); {
		j := i + 1
		if batched && runnable(ops[i]) {
			for j < len(ops) && j-i < importRun && ops[j].Kind == ops[i].Kind && runnable(ops[j]) {
				j++
			}
		}
		if j-i > 1 {
			fwd, inv, ok, err := a.addRun(ops[i:j])
			if err != nil {
				return nil, nil, err
			}
			if ok {
				done = append(done, fwd...)
				invs = append(invs, inv...)
				i = j
				continue
			}
		}
		for ; i < j; i++ {
			if err := one(i); err != nil {
				return nil, nil, err
			}
		}
	}
	return done, invs, nil
}

// runnable tells whether op can go in a run: a span added with its id, or
// a relation added.
func runnable(op annotate.Op) bool {
	switch op.Kind {
	case annotate.OpAddSpan:
		return op.Span != nil && op.Span.ID != ""
	case annotate.OpAddRelation:
		return op.Relation != nil
	}
	return false
}

// addRun adds a run of spans, or of relations, in one statement. ok is
// false when the statement failed and changed nothing: the caller applies
// the run again one operation at a time. err is for a transaction that
// can no longer be used.
func (a *applier) addRun(ops []annotate.Op) (done []annotate.Op, invs [][]annotate.Op, ok bool, err error) {
	var head, tail string
	var n int
	var rows []any
	switch ops[0].Kind {
	case annotate.OpAddSpan:
		head = `INSERT INTO spans(doc, layer, id, start, "end", label, attrs, annotator, source, status, note, pattern, confidence, agreed_by)`
		n = 14
		rows = make([]any, 0, n*len(ops))
		done, invs = make([]annotate.Op, 0, len(ops)), make([][]annotate.Op, 0, len(ops))
		// The spans done and their inverses' operations in three
		// allocations for the run, not three a span.
		spans, invSpans, invOps := make([]annotate.Span, len(ops)), make([]annotate.Span, len(ops)), make([]annotate.Op, len(ops))
		seq, layer := any(a.seq), any(a.layer) // boxed once for the run's rows
		for i, op := range ops {
			spans[i] = *op.Span
			sp := &spans[i]
			if sp.Status == "" {
				sp.Status = annotate.SpanAccepted
			}
			if sp.Source == "" {
				sp.Source = annotate.SourceManual
			}
			if a.textLen < 0 || sp.Start < 0 || sp.End < sp.Start || sp.End > a.textLen {
				return nil, nil, false, nil // apply says why
			}
			attrs := []byte("{}") // what json.Marshal writes of no attributes
			if len(sp.Attrs) > 0 {
				var err error
				if attrs, err = json.Marshal(sp.Attrs); err != nil {
					return nil, nil, false, nil
				}
			}
			rows = append(rows, seq, layer, sp.ID, sp.Start, sp.End, sp.Label, string(attrs),
				sp.Annotator, sp.Source, sp.Status, sp.Note, sp.Pattern, sp.Confidence, joinNames(sp.AgreedBy))
			done = append(done, annotate.Op{Kind: op.Kind, Span: sp})
			invSpans[i].ID = sp.ID
			invOps[i] = annotate.Op{Kind: annotate.OpDeleteSpan, Span: &invSpans[i]}
			invs = append(invs, invOps[i:i+1:i+1])
		}
	case annotate.OpAddRelation:
		head = `INSERT INTO relations(doc, layer, label, head, child, source, status)`
		n = 7
		rows = make([]any, 0, n*len(ops))
		done, invs = make([]annotate.Op, 0, len(ops)), make([][]annotate.Op, 0, len(ops))
		seen := make(map[[3]string]bool, len(ops))
		for _, op := range ops {
			rel := *op.Relation
			if rel.Source == "" {
				rel.Source = annotate.SourceManual
			}
			if rel.Status == "" {
				rel.Status = annotate.SpanAccepted
			}
			// The layer had nothing: a link already there is one this run
			// added, which apply passes over with nothing to undo.
			key := [3]string{rel.Label, rel.Head, rel.Child}
			if seen[key] {
				continue
			}
			seen[key] = true
			rows = append(rows, a.seq, a.layer, rel.Label, rel.Head, rel.Child, rel.Source, rel.Status)
			done = append(done, annotate.Op{Kind: op.Kind, Relation: &rel})
			invs = append(invs, one(annotate.Op{Kind: annotate.OpDeleteRelation, Relation: &rel}))
		}
	default:
		return nil, nil, false, fmt.Errorf("no run of %s", ops[0].Kind)
	}
	// A server ends the whole transaction at a failed statement unless a
	// savepoint holds it; a file's statement fails alone.
	_, file := a.t.d.(sqliteDialect)
	if !file {
		if _, err := a.t.exec("SAVEPOINT run"); err != nil {
			return nil, nil, false, err
		}
	}
	if err := insertRows(a.t, head, tail, n, rows); err != nil {
		if !file {
			if _, err := a.t.exec("ROLLBACK TO SAVEPOINT run"); err != nil {
				return nil, nil, false, err
			}
			if _, err := a.t.exec("RELEASE SAVEPOINT run"); err != nil {
				return nil, nil, false, err
			}
		}
		return nil, nil, false, nil
	}
	if !file {
		if _, err := a.t.exec("RELEASE SAVEPOINT run"); err != nil {
			return nil, nil, false, err
		}
	}
	return done, invs, true, nil
}
