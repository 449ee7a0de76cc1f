package app

import (
	"errors"
	"fmt"
	"log"
	"time"

	"newsmark/annotate"
	"newsmark/store"
)

// unsavedEdit is an edit the server did not take because it went away:
// kept, shown and saved again when it is back.
type unsavedEdit struct {
	st   *store.Store
	e    annotate.Edit
	then func(done annotate.Edit)
	// tried says an attempt reached the server's door: it may have
	// committed before the line dropped, so the next attempt looks first.
	tried bool
}

// unsavedRetryFirst and unsavedRetryMost bound the wait between two tries
// to save the edits a server that went away did not take.
const (
	unsavedRetryFirst = 250 * time.Millisecond
	unsavedRetryMost  = 5 * time.Second
)

// keepUnsaved keeps edit e, which st could not save because the server went
// away (or which waits behind such an edit), shows it as not saved and
// saves it in the background, in the order made, until the server takes it.
// It runs on the UI goroutine.
func (c *Controller) keepUnsaved(st *store.Store, e annotate.Edit, then func(annotate.Edit), tried bool) {
	c.unsaved = append(c.unsaved, unsavedEdit{st: st, e: e, then: then, tried: tried})
	c.changed(chStatus | chAnnotations)
	if !c.retrying {
		c.retrying = true
		c.retryWait = unsavedRetryFirst
		c.retryLater()
	}
}

// Unsaved is how many edits wait for the server to come back.
func (c *Controller) Unsaved() int { return len(c.unsaved) }

// retryLater tries the oldest unsaved edit again after the current wait.
func (c *Controller) retryLater() {
	wait := c.retryWait
	c.retryWait = min(2*c.retryWait, unsavedRetryMost)
	time.AfterFunc(wait, func() { c.ui(c.retryUnsaved) })
}

// retryUnsaved saves the oldest unsaved edit; on success the next follows
// at once, while the server is still away the wait doubles.
func (c *Controller) retryUnsaved() {
	if len(c.unsaved) == 0 {
		c.retrying = false
		return
	}
	u := c.unsaved[0]
	analyst := c.analyst
	c.run(func() {
		done, landed, err := saveAgain(c, u, analyst)
		var ann *annotate.Annotations
		var line store.DocSummary
		if err == nil {
			ann, err = u.st.Annotations(c.ctx, u.e.Doc, analyst)
		}
		if err == nil {
			line, err = u.st.DocumentSummary(c.ctx, u.e.Doc, analyst)
		}
		c.ui(func() {
			if errors.Is(err, store.ErrServerGone) {
				c.unsaved[0].tried = c.unsaved[0].tried || !landed
				c.changed(chStatus)
				c.retryLater()
				return
			}
			c.unsaved = c.unsaved[1:]
			c.retryWait = unsavedRetryFirst
			c.changed(chStatus | chAnnotations)
			switch {
			case u.st != c.st:
				c.reportElsewhere("save “"+u.e.Summary+"”", err)
			case err != nil:
				c.fail("save “"+u.e.Summary+"”", err)
			default:
				c.succeed()
				c.setDocLine(line)
				if c.doc != nil && c.doc.ID == u.e.Doc {
					c.doc.Status = line.Status
					c.setAnnotations(ann)
				}
				if u.then != nil {
					u.then(done)
				}
			}
			c.retryUnsaved()
		})
	})
}

// saveAgain saves u, unless an earlier attempt did commit it before the
// server went away (then landed is true): the analyst's last event in the
// document is then this very edit, and saving it again would double it.
func saveAgain(c *Controller, u unsavedEdit, analyst string) (done annotate.Edit, landed bool, err error) {
	if u.tried {
		evs, err := u.st.Events(c.ctx, u.e.Doc)
		if err != nil {
			return done, false, err
		}
		for i := len(evs) - 1; i >= 0; i-- {
			ev := evs[i]
			if ev.Actor != analyst || ev.Layer != analyst {
				continue
			}
			if ev.Kind == "edit" && sameEdit(ev, u.e) {
				log.Printf("newsmark: “%s” was saved before the server went away; not saved twice", u.e.Summary)
				return annotate.Edit{Doc: ev.Doc, Summary: ev.Summary, Ops: ev.Ops}, true, nil
			}
			break
		}
	}
	done, err = u.st.Apply(c.ctx, analyst, u.e)
	return done, false, err
}

// sameEdit tells whether logged event ev is edit e as applied: the same
// summary and e's operations in order, where the store filled in the ids e
// left empty and may have added a document status change (a document's
// first edit starts it).
func sameEdit(ev store.Event, e annotate.Edit) bool {
	if ev.Summary != e.Summary {
		return false
	}
	j := 0
	for _, op := range e.Ops {
		for j < len(ev.Ops) && ev.Ops[j].Kind == annotate.OpSetStatus && op.Kind != annotate.OpSetStatus {
			j++
		}
		if j == len(ev.Ops) || !sameOp(ev.Ops[j], op) {
			return false
		}
		j++
	}
	for ; j < len(ev.Ops); j++ {
		if ev.Ops[j].Kind != annotate.OpSetStatus {
			return false
		}
	}
	return true
}

// sameOp tells whether logged operation got is op as applied.
func sameOp(got, op annotate.Op) bool {
	if got.Kind != op.Kind || (op.Span == nil) != (got.Span == nil) || op.Key != got.Key || op.Status != got.Status {
		return false
	}
	if op.Span != nil {
		return op.Span.Start == got.Span.Start && op.Span.End == got.Span.End && op.Span.Label == got.Span.Label &&
			(op.Span.ID == "" || op.Span.ID == got.Span.ID)
	}
	return true
}

// unsavedLine is the status line's word on edits not saved: loud, with
// what they are.
func (c *Controller) unsavedLine() string {
	what := "“" + c.unsaved[0].e.Summary + "”"
	if n := len(c.unsaved); n > 1 {
		what = fmt.Sprintf("%s and %s", what, plural(n-1, "later edit", "later edits"))
	}
	return "NOT SAVED: " + what + " — the server does not answer; kept here and retrying"
}

// unsavedSpans are the spans the unsaved edits of the open document add,
// drawn as the analyst made them until the server takes them.
func (c *Controller) unsavedSpans() []ViewSpan {
	var out []ViewSpan
	for i, u := range c.unsaved {
		if c.doc == nil || u.e.Doc != c.doc.ID || u.st != c.st {
			continue
		}
		for j, op := range u.e.Ops {
			if op.Kind != annotate.OpAddSpan || op.Span == nil || op.Span.Status == annotate.SpanRejected {
				continue
			}
			out = append(out, ViewSpan{ID: fmt.Sprintf("unsaved%d.%d", i, j), Start: op.Span.Start, End: op.Span.End,
				Label: op.Span.Label, Color: c.schema.Color(op.Span.Label), Detail: "not saved yet"})
		}
	}
	return out
}
