package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"log"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/ingest"
	"newsmark/store"
)

// Controller holds what the window works on (the project, the open
// document and its annotations, the selection, the current stance target
// and the analyst) and sends every change through the store. Panels call
// its methods and listen through its callbacks; they never reach into each
// other.
//
// Store work runs through run (a worker goroutine in the app, inline in
// tests) and its results come back through ui (fyne.Do in the app), so the
// UI goroutine never waits on SQLite.
type Controller struct {
	ctx     context.Context
	st      *store.Store
	schema  *annotate.Schema
	analyst string
	run     func(func())
	ui      func(func())

	docs  []store.DocSummary
	total int
	done  int
	// suggestsOnOpen is SuggestsOnOpen, read with docs.
	suggestsOnOpen bool

	doc      *annotate.Document
	ann      *annotate.Annotations
	selected string // span id, "" for none
	selStart int    // text selection in code points
	selEnd   int
	target   string // current stance target id

	targets    []annotate.Target // the targets the open document may use
	canonicals []string          // the project's canonical speaker names

	runesOf *annotate.Document // the document runeAt indexes
	runeAt  []int              // byte offset of each code point, and the length
	namesOf *annotate.Annotations
	names   map[string]string // canonical name by speaker id, for namesOf

	batching bool   // inside batch: changes are collected in pending
	pending  change // what changed during the batch

	failure string // the last save that failed, in words, until the next success
	message string // a hint for the analyst, until the next edit or selection
	// saving counts the edits sent to a store (this project's or the one
	// open before it) and not yet committed: "saved" shows only at zero.
	saving  int
	opening string // the project being opened, "" when none is
	// unsaved are edits a server that went away did not take, oldest
	// first, saved again in the background (team_unsaved.go).
	unsaved   []unsavedEdit
	retrying  bool
	retryWait time.Duration
	resume    string // the document to open first when the project opens

	// OnDocuments is called when the document list or its counts change.
	OnDocuments func()
	// OnDocument is called when another document is opened (or none).
	OnDocument func()
	// OnAnnotations is called when the open document's annotations change.
	OnAnnotations func()
	// OnSelected is called when the selected span changes.
	OnSelected func()
	// OnStatus is called with the new status line.
	OnStatus func(line string)
	// OnSchema is called when the project's schema changes (another project
	// opened, or the analyst edited its labels).
	OnSchema func()
	// OnNeedTarget is called when a stance key is pressed with no current
	// target: the window asks the analyst for one.
	OnNeedTarget func(label string)
	// OnConfirmDone is called when Ctrl+Enter marks a document done with
	// pending suggestions: the window asks whether to reject them, leave
	// them pending or go back, and calls FinishDocument.
	OnConfirmDone func(pending int)
	// OnConfirmAcceptAll is called on Ctrl+Shift+Enter with the pending
	// suggestions per label: the window confirms, then calls AcceptAll or
	// AcceptConfident.
	OnConfirmAcceptAll func(perLabel map[string]int)
	// OnOpened is called with the id of each document opened, so the window
	// can reopen it next time.
	OnOpened func(id string)
}

// NewController makes a controller for the analyst. run executes store work
// (use goRunner in the app, inline in tests); ui brings results back to the
// UI goroutine (fyne.Do).
func NewController(analyst string, run, ui func(func())) *Controller {
	c := &Controller{
		ctx:     context.Background(),
		schema:  annotate.DefaultSchema(),
		analyst: analyst,
		run:     run,
	}
	// Whatever a result changes is shown once, when it has all been applied.
	c.ui = func(f func()) { ui(func() { c.batch(f) }) }
	return c
}

// newSerialRunner returns a run function that executes store work on one
// worker goroutine, in the order it was asked for, so two quick edits are
// saved in the order the analyst made them.
func newSerialRunner() func(func()) {
	work := make(chan func(), 256)
	go func() {
		for f := range work {
			f()
		}
	}()
	return func(f func()) { work <- f }
}

// Store is the open project, nil before one is open.
func (c *Controller) Store() *store.Store { return c.st }

// Schema is the project's annotation schema.
func (c *Controller) Schema() *annotate.Schema { return c.schema }

// SetSchema makes sch the schema labels, colours and fields come from, and
// redraws what shows them.
func (c *Controller) SetSchema(sch *annotate.Schema) {
	c.schema = sch
	if c.ann != nil {
		c.ann.Schema = sch
	}
	if c.OnSchema != nil {
		c.OnSchema()
	}
	c.changed(chAnnotations | chSelected)
}

// Analyst is who is annotating.
func (c *Controller) Analyst() string { return c.analyst }

// SetAnalyst changes who is annotating; later edits are recorded in their
// name, and go to their layer: the list's counts and the open document
// are read again from it.
func (c *Controller) SetAnalyst(name string) {
	if name == c.analyst {
		return
	}
	c.analyst = name
	c.changed(chStatus)
	if c.st != nil {
		c.ReloadDocuments(nil)
		if c.doc != nil {
			c.OpenDocument(c.doc.ID)
		}
	}
}

// SuggestsOnOpen tells whether the project makes an analyst's suggestions
// for an article when they first open it (the project suggests for new
// articles), as read with the document list.
func (c *Controller) SuggestsOnOpen() bool { return c.suggestsOnOpen }

// Documents is the project's document list, in import order.
func (c *Controller) Documents() []store.DocSummary { return c.docs }

// Progress is how many documents are done, of how many.
func (c *Controller) Progress() (done, total int) { return c.done, c.total }

// Document is the open document, nil if none.
func (c *Controller) Document() *annotate.Document { return c.doc }

// Annotations are the open document's annotations, nil if none is open.
func (c *Controller) Annotations() *annotate.Annotations { return c.ann }

// Selected is the selected span's id, "" for none.
func (c *Controller) Selected() string { return c.selected }

// SelectedSpan is the selected span, nil for none.
func (c *Controller) SelectedSpan() *annotate.Span { return c.span(c.selected) }

// Target is the current stance target's id, "" for none.
func (c *Controller) Target() string { return c.target }

func (c *Controller) span(id string) *annotate.Span {
	if c.ann == nil || id == "" {
		return nil
	}
	for i := range c.ann.Spans {
		if c.ann.Spans[i].ID == id {
			return &c.ann.Spans[i]
		}
	}
	return nil
}

// SetStore switches to project st (nil to close): the document list is
// read again and the first document opened. then, if not nil, runs on the
// UI goroutine once the list is in.
func (c *Controller) SetStore(st *store.Store, then func()) {
	c.st = st
	c.opening = ""
	// c.saving is left alone: an edit still on its way to the project open
	// before is committed there, and the status line says "saving…" until
	// it is.
	c.docs, c.total, c.done = nil, 0, 0
	c.doc, c.ann, c.selected, c.target = nil, nil, "", ""
	c.canonicals = nil // read again with the first document opened
	c.failure, c.message = "", ""
	c.changed(chDocument)
	c.changed(chDocuments)
	// The project's own schema, copied from the default into a new project.
	c.run(func() {
		sch, _, err := annotate.ProjectSchema(c.ctx, st)
		c.ui(func() {
			if st != c.st {
				return
			}
			if err != nil {
				log.Printf("newsmark: %v", err)
				c.say("the project's schema could not be read (" + explain(err) + "); using the default labels")
				return
			}
			c.SetSchema(sch)
		})
	})
	resume := c.resume
	c.resume = ""
	c.ReloadDocuments(func() {
		if len(c.docs) > 0 {
			first := c.firstToDo("")
			for _, d := range c.docs {
				if d.ID == resume {
					first = resume
				}
			}
			c.OpenDocument(first)
		}
		if then != nil {
			then()
		}
	})
}

// SetOpening says the project name is being opened: the status line says
// so and the actions wait until SetStore (or SetOpening("") if it failed).
func (c *Controller) SetOpening(name string) {
	c.opening = name
	c.changed(chStatus)
}

// Opening is the name of the project being opened, "" when none is.
func (c *Controller) Opening() string { return c.opening }

// ResumeAt makes document id the one opened first when the next project
// opens (the one the analyst had open last time), if it has it.
func (c *Controller) ResumeAt(id string) { c.resume = id }

// ReloadDocuments reads the document list again, then runs then on the UI
// goroutine (then may be nil).
func (c *Controller) ReloadDocuments(then func()) {
	st := c.st
	if st == nil {
		return
	}
	analyst := c.analyst
	c.run(func() {
		docs, err := st.Documents(c.ctx, analyst)
		onOpen := err == nil && ingest.SuggestOnImport(c.ctx, st)
		c.ui(func() {
			if st != c.st {
				return
			}
			if err != nil {
				c.fail("read the document list", err)
				return
			}
			c.suggestsOnOpen = onOpen
			c.setDocs(docs)
			if then != nil {
				then()
			}
		})
	})
}

// setDocLine puts a fresh line for one document in the list, after an edit.
func (c *Controller) setDocLine(line store.DocSummary) {
	docs := slices.Clone(c.docs)
	for i := range docs {
		if docs[i].ID == line.ID {
			docs[i] = line
		}
	}
	c.setDocs(docs)
}

// addCanonicals adds the canonical names in ann to the completion list, so
// a speaker edit does not read the whole project's speakers again.
func (c *Controller) addCanonicals(ann *annotate.Annotations) {
	if ann == nil {
		return
	}
	for _, sp := range ann.Spans {
		if sp.Label != annotate.LabelSpeaker || sp.Status == annotate.SpanRejected {
			continue
		}
		if name, _ := sp.Attrs["canonical"].(string); name != "" && !slices.Contains(c.canonicals, name) {
			c.canonicals = append(c.canonicals, name)
		}
	}
}

func (c *Controller) setDocs(docs []store.DocSummary) {
	c.docs = docs
	c.total, c.done = len(docs), 0
	for _, d := range docs {
		if d.Status == annotate.StatusDone {
			c.done++
		}
	}
	c.changed(chDocuments)
	c.changed(chStatus)
}

// OpenDocument reads document id and its annotations and shows them.
func (c *Controller) OpenDocument(id string) {
	c.openDocument(id, nil)
}

func (c *Controller) openDocument(id string, then func()) {
	st := c.st
	if st == nil || id == "" {
		return
	}
	// The project's canonical names are read once; edits add to them.
	loaded := c.canonicals != nil
	analyst := c.analyst
	c.run(func() {
		doc, err := st.Document(c.ctx, id)
		var ann *annotate.Annotations
		var targets []annotate.Target
		var names []string
		if err == nil {
			ann, err = st.Annotations(c.ctx, id, analyst)
		}
		if err == nil {
			targets, err = st.Targets(c.ctx, id)
		}
		if err == nil && !loaded {
			names, err = st.CanonicalNames(c.ctx)
		}
		var first firstLook
		if err == nil {
			ann, first = c.firstLook(st, analyst, doc, ann)
		}
		c.ui(func() {
			if st != c.st {
				return
			}
			if err != nil {
				c.fail("open "+id, err)
				return
			}
			ann.Schema = c.schema
			doc.Status = ann.Status
			c.doc, c.ann = doc, ann
			c.targets = targets
			if !loaded {
				c.canonicals = append([]string{}, names...) // non-nil: loaded
			}
			c.selected, c.selStart, c.selEnd = "", 0, 0
			c.message = ""
			first.show(c)
			if c.target != "" && !c.knowsTarget(c.target) {
				c.target = ""
			}
			c.changed(chDocument)
			c.changed(chAnnotations)
			c.changed(chSelected)
			c.changed(chStatus)
			if c.OnOpened != nil {
				c.OnOpened(id)
			}
			if then != nil {
				then()
			}
		})
	})
}

// knowsTarget reports whether the open document can use target id: it is
// project-wide or the document's own, as far as its annotations know.
func (c *Controller) knowsTarget(id string) bool {
	if c.ann == nil {
		return false
	}
	for _, t := range c.ann.Targets {
		if t.ID == id {
			return t.DocID == "" || c.doc == nil || t.DocID == c.doc.ID
		}
	}
	// Project-wide targets the document does not use yet are not in
	// ann.Targets; keep the choice, the store refuses a target it lacks.
	return true
}

// SelectSpan makes id the selected span ("" for none).
func (c *Controller) SelectSpan(id string) {
	if id != "" && c.span(id) == nil {
		id = ""
	}
	if id == c.selected {
		return
	}
	c.selected = id
	if c.target == "" && c.ann != nil {
		// With no current target yet (a project just opened), take the one
		// the statement already has a stance toward, so its stance shows.
		for _, st := range c.ann.Stances {
			if st.Statement == id {
				c.target = st.Target
				break
			}
		}
	}
	if c.message != "" {
		c.message = ""
		c.changed(chStatus)
	}
	c.changed(chSelected)
}

// SetTextSelection records the text the analyst selected in the article view.
func (c *Controller) SetTextSelection(start, end int) {
	c.selStart, c.selEnd = min(start, end), max(start, end)
}

// TextSelection is the text selection in code points.
func (c *Controller) TextSelection() (start, end int) { return c.selStart, c.selEnd }

// SetTarget makes id the current stance target.
func (c *Controller) SetTarget(id string) {
	c.target = id
	c.changed(chSelected)
}

// Tag tags the text selection with the label on number key n.
func (c *Controller) Tag(n int) {
	l, ok := c.schema.LabelAt(n)
	if !ok {
		c.say(fmt.Sprintf("key %d has no label in this schema", n))
		return
	}
	c.TagLabel(l.Name)
}

// TagLabel tags the text selection with label and selects the new span.
func (c *Controller) TagLabel(label string) {
	if !c.ready() {
		return
	}
	e, err := annotate.TagSpan(c.doc, c.ann, c.schema, label, c.selStart, c.selEnd, c.analyst)
	c.Apply(e, err, func(done annotate.Edit) {
		if id := firstAddedSpan(done); id != "" {
			c.selStart, c.selEnd = 0, 0
			c.SelectSpan(id)
		}
	})
}

func firstAddedSpan(e annotate.Edit) string {
	for _, op := range e.Ops {
		if op.Kind == annotate.OpAddSpan && op.Span != nil {
			return op.Span.ID
		}
	}
	return ""
}

// NextSpan selects the next (dir > 0) or previous span; with pendingOnly,
// the next suggestion.
func (c *Controller) NextSpan(dir int, pendingOnly bool) {
	if c.ann == nil {
		return
	}
	if pendingOnly {
		c.NextSuggestion(dir)
		return
	}
	if id := annotate.NextSpan(c.ann, c.selected, dir, false); id != "" {
		c.SelectSpan(id)
	}
}

// NextSuggestion selects the next suggested statement (dir > 0) or the
// previous one, with its speaker and cue marked, and says in the status
// line what it is and which keys decide it; once no statement is pending,
// the next suggestion of any label.
func (c *Controller) NextSuggestion(dir int) {
	if c.ann == nil {
		return
	}
	id := annotate.NextSuggestion(c.ann, c.selected, dir)
	if id == "" {
		c.SelectSpan("")
		c.say("no suggestions left in this document; Ctrl+Enter marks it done")
		return
	}
	c.SelectSpan(id)
	c.say(c.describeSuggestion(id))
}

// describeSuggestion says what suggestion id is, for the status line:
// "suggested STATEMENT 2 of 9, said by Dmitry Peskov, cue “said”".
func (c *Controller) describeSuggestion(id string) string {
	sp := c.span(id)
	if sp == nil {
		return ""
	}
	if sp.Label != annotate.LabelStatement {
		return fmt.Sprintf("suggested %s “%s” (Enter accepts, Backspace rejects)", sp.Label, clip(c.SpanText(sp), 40))
	}
	n, of := 0, 0
	for _, s := range c.ann.Spans {
		if s.Label == annotate.LabelStatement && s.Status == annotate.SpanPending {
			of++
			if s.Start < sp.Start || (s.Start == sp.Start && s.ID <= sp.ID) {
				n++
			}
		}
	}
	msg := fmt.Sprintf("suggested STATEMENT %d of %d", n, of)
	info := annotate.StatementView(c.doc, c.ann, id)
	if info.Speaker != nil {
		msg += ", said by " + info.SpeakerName
	}
	if info.Cue != nil {
		msg += ", cue “" + c.SpanText(info.Cue) + "”"
	}
	return msg + " (Enter accepts, Backspace rejects, F/A/N accept with a stance)"
}

// MoveEdge moves the selected span's start (or end) by one word.
func (c *Controller) MoveEdge(end bool, dir int) {
	if !c.ready() {
		return
	}
	e, err := annotate.MoveSpanEdge(c.doc, c.ann, c.selected, end, dir)
	c.Apply(e, err, nil)
}

// DeleteSelected removes the selected span.
func (c *Controller) DeleteSelected() {
	if !c.ready() {
		return
	}
	id := c.selected
	next := annotate.NextSpan(c.ann, id, 1, false)
	e, err := annotate.DeleteSpan(c.ann, id)
	c.Apply(e, err, func(annotate.Edit) {
		if next != id {
			c.SelectSpan(next)
		}
	})
}

// LinkNearest links the selected statement to the nearest span of
// childLabel before it (or after it).
func (c *Controller) LinkNearest(childLabel string, after bool) {
	if !c.ready() {
		return
	}
	head := c.selected
	e, err := annotate.AcceptAnd(c.ann, []string{head}, c.analyst, func(a *annotate.Annotations) (annotate.Edit, error) {
		return annotate.LinkNearest(c.doc, a, head, childLabel, after)
	})
	if errors.Is(err, annotate.ErrNoChange) {
		// Already linked: say to whom, so the analyst sees what S found.
		c.sayLinked(head, childLabel, true)
		return
	}
	c.Apply(e, err, func(annotate.Edit) { c.sayLinked(head, childLabel, false) })
}

// sayLinked says in the status line which speaker or cue the statement
// head is linked to now.
func (c *Controller) sayLinked(head, childLabel string, already bool) {
	info := annotate.StatementView(c.doc, c.ann, head)
	var child *annotate.Span
	name := ""
	switch childLabel {
	case annotate.LabelSpeaker:
		child, name = info.Speaker, info.SpeakerName
	case annotate.LabelCue:
		child = info.Cue
	}
	if child == nil {
		return
	}
	msg := fmt.Sprintf("linked to the %s “%s”", childLabel, clip(c.SpanText(child), 40))
	if already {
		msg = "already " + msg
	}
	if name != "" && name != c.SpanText(child) {
		msg += " (" + name + ")"
	}
	c.say(msg)
}

// Link links the selected span (head) to child by relation.
func (c *Controller) Link(relation, headID, childID string) {
	if !c.ready() {
		return
	}
	e, err := annotate.AcceptAnd(c.ann, []string{headID}, c.analyst, func(a *annotate.Annotations) (annotate.Edit, error) {
		return annotate.Link(c.doc, a, relation, headID, childID)
	})
	c.Apply(e, err, nil)
}

// Unlink removes one relation.
func (c *Controller) Unlink(relation, headID, childID string) {
	if !c.ready() {
		return
	}
	e, err := annotate.Unlink(c.ann, relation, headID, childID)
	c.Apply(e, err, nil)
}

// LinkCoref links the selected speaker to the nearest preceding speaker.
func (c *Controller) LinkCoref() {
	if !c.ready() {
		return
	}
	id := c.selected
	e, err := annotate.AcceptAnd(c.ann, []string{id}, c.analyst, func(a *annotate.Annotations) (annotate.Edit, error) {
		return annotate.LinkCoref(c.doc, a, id)
	})
	c.Apply(e, err, nil)
}

// Stance sets the selected statement's stance toward the current target,
// keeping whether it was marked implicit.
func (c *Controller) Stance(label string) {
	if !c.ready() {
		return
	}
	if c.target == "" {
		if c.OnNeedTarget != nil {
			c.OnNeedTarget(label)
			return
		}
		c.say("choose a target first (T)")
		return
	}
	implicit := false
	var ev *annotate.Evidence
	for _, s := range c.ann.Stances {
		if s.Statement == c.selected && s.Target == c.target {
			implicit, ev = s.Implicit, s.Evidence
		}
	}
	id, target := c.selected, c.target
	e, err := annotate.AcceptAnd(c.ann, []string{id}, c.analyst, func(a *annotate.Annotations) (annotate.Edit, error) {
		return annotate.SetStance(a, id, target, label, implicit, ev)
	})
	c.Apply(e, err, func(annotate.Edit) {
		// Shown at once where the analyst looks, not only in the panel.
		c.say(fmt.Sprintf("stance %s toward “%s”", label, clip(c.TargetText(target), 50)))
	})
}

// StanceEvidence makes the text selection the evidence of the selected
// statement's stance toward the current target (an empty selection removes
// the evidence).
func (c *Controller) StanceEvidence() {
	if !c.ready() {
		return
	}
	var cur *annotate.Stance
	for i, s := range c.ann.Stances {
		if s.Statement == c.selected && s.Target == c.target {
			cur = &c.ann.Stances[i]
		}
	}
	if cur == nil {
		c.say("set the statement's stance first (F, A or N), then select its evidence")
		return
	}
	var ev *annotate.Evidence
	if c.selStart < c.selEnd {
		ev = &annotate.Evidence{Start: c.selStart, End: c.selEnd}
	}
	e, err := annotate.SetStance(c.ann, cur.Statement, cur.Target, cur.Label, cur.Implicit, ev)
	c.Apply(e, err, nil)
}

// Accept accepts the suggestion the analyst is on: the selected span if it
// is pending, else the pending span at the text cursor.
func (c *Controller) Accept() { c.decide(true) }

// Reject rejects the suggestion the analyst is on.
func (c *Controller) Reject() { c.decide(false) }

func (c *Controller) decide(accept bool) {
	if !c.ready() {
		return
	}
	id := c.suggestionAtCursor()
	if id == "" && accept && c.selected != "" {
		// Enter on a span already decided goes on to the next suggestion.
		c.NextSuggestion(1)
		return
	}
	if id == "" {
		c.say("no suggestion here: select a pending span first (] finds the next)")
		return
	}
	var e annotate.Edit
	var err error
	if accept {
		e, err = annotate.AcceptSuggestion(c.ann, id, c.analyst)
	} else {
		e, err = annotate.RejectSuggestion(c.ann, id, c.analyst)
	}
	label := c.span(id).Label
	c.Apply(e, err, func(annotate.Edit) {
		// On to the next suggested statement, as the analyst works through
		// them; F, A or N on a suggestion accept it with its stance.
		verb := "accepted"
		if !accept {
			verb = "rejected"
		}
		c.selected = id // NextSuggestion goes on from here
		c.NextSuggestion(1)
		if c.selected != "" {
			c.say(verb + " the " + label + "; next: " + c.message)
		} else {
			c.say(verb + " the " + label + "; no suggestions left in this document, Ctrl+Enter marks it done")
		}
	})
}

func (c *Controller) suggestionAtCursor() string {
	if s := c.span(c.selected); s != nil && s.Status == annotate.SpanPending {
		return s.ID
	}
	for _, s := range c.ann.Spans {
		if s.Status == annotate.SpanPending && s.Start <= c.selStart && c.selStart < s.End {
			return s.ID
		}
	}
	return ""
}

// ConfirmAcceptAll is Ctrl+Shift+Enter: with a window to ask, it asks
// first (OnConfirmAcceptAll), with the counts per label.
func (c *Controller) ConfirmAcceptAll() {
	if !c.ready() {
		return
	}
	counts := annotate.PendingByLabel(c.ann)
	if len(counts) == 0 {
		c.say("no suggestions left to accept in this document")
		return
	}
	if c.OnConfirmAcceptAll != nil {
		c.OnConfirmAcceptAll(counts)
		return
	}
	c.AcceptAll()
}

// AcceptAll accepts every suggestion in the document.
func (c *Controller) AcceptAll() {
	if !c.ready() {
		return
	}
	e, err := annotate.AcceptAll(c.ann, c.analyst)
	c.Apply(e, err, nil)
}

// AcceptConfident accepts the suggestions of confidence min or more.
func (c *Controller) AcceptConfident(min float64) {
	if !c.ready() {
		return
	}
	e, err := annotate.AcceptConfident(c.ann, c.analyst, min)
	c.Apply(e, err, nil)
}

// DoneAndNext is Ctrl+Enter: it marks the open document done and opens the
// next one still to do. With suggestions still pending it asks first
// (OnConfirmDone); without a window to ask, it leaves them pending.
func (c *Controller) DoneAndNext() {
	if !c.ready() {
		return
	}
	if _, pending := spanCounts(c.ann); pending > 0 && c.OnConfirmDone != nil {
		c.OnConfirmDone(pending)
		return
	}
	c.FinishDocument(false)
}

// FinishDocument marks the open document done, first rejecting its pending
// suggestions when rejectPending (one step, one undo), and opens the next
// document to do.
func (c *Controller) FinishDocument(rejectPending bool) {
	if !c.ready() {
		return
	}
	cur := c.doc.ID
	e := annotate.SetStatus(cur, annotate.StatusDone)
	if rejectPending {
		if r, err := annotate.RejectAll(c.ann, c.analyst); err == nil {
			e.Summary = r.Summary + " and " + e.Summary
			e.Ops = append(r.Ops, e.Ops...)
		}
	}
	c.Apply(e, nil, func(annotate.Edit) {
		next := c.firstToDo(cur)
		if next == "" {
			c.say("all documents are done")
			return
		}
		c.OpenDocument(next)
	})
}

// firstToDo is the first document not done after the one with id after
// (from the top when after is ""), wrapping round; "" when all are done.
// With after == "" and everything done, it is the first document.
func (c *Controller) firstToDo(after string) string {
	start := 0
	for i, d := range c.docs {
		if d.ID == after {
			start = i + 1
		}
	}
	for k := range c.docs {
		d := c.docs[(start+k)%len(c.docs)]
		if d.Status != annotate.StatusDone && d.ID != after {
			return d.ID
		}
	}
	if after == "" && len(c.docs) > 0 {
		return c.docs[0].ID
	}
	return ""
}

// Undo undoes the analyst's last edit, wherever it was made, and shows the
// document it was in.
func (c *Controller) Undo() { c.step(true) }

// Redo redoes the analyst's last undone edit.
func (c *Controller) Redo() { c.step(false) }

func (c *Controller) step(undo bool) {
	st := c.st
	if st == nil {
		return
	}
	analyst := c.analyst
	cur := ""
	if c.doc != nil {
		cur = c.doc.ID
	}
	// Undo and redo are edits too: "saved" only once they are committed.
	c.saving++
	c.changed(chStatus)
	c.run(func() {
		var e annotate.Edit
		var err error
		if undo {
			e, err = st.Undo(c.ctx, analyst)
		} else {
			e, err = st.Redo(c.ctx, analyst)
		}
		var ann *annotate.Annotations
		var line store.DocSummary
		if err == nil && e.Doc == cur {
			ann, err = st.Annotations(c.ctx, e.Doc, analyst)
		}
		if err == nil {
			line, err = st.DocumentSummary(c.ctx, e.Doc, analyst)
		}
		c.ui(func() {
			c.saving--
			c.changed(chStatus)
			if st != c.st {
				c.reportElsewhere("undo", err)
				return
			}
			verb := "undo"
			if !undo {
				verb = "redo"
			}
			if errors.Is(err, store.ErrNothingToUndo) || errors.Is(err, store.ErrNothingToRedo) {
				c.say(err.Error())
				return
			}
			if err != nil {
				c.fail(verb, err)
				return
			}
			c.setDocLine(line)
			c.succeed()
			c.message = pastTense[verb] + " “" + e.Summary + "”"
			if c.doc == nil || e.Doc != c.doc.ID {
				c.OpenDocument(e.Doc)
				return
			}
			c.doc.Status = line.Status
			c.setAnnotations(ann)
		})
	})
}

// Apply saves edit e (unless err says the action could not be done, which
// the status line then shows), reloads the document's annotations and runs
// then with the edit as applied (new ids filled in). Every change an
// analyst makes goes through here.
func (c *Controller) Apply(e annotate.Edit, err error, then func(done annotate.Edit)) {
	if errors.Is(err, annotate.ErrNoChange) {
		return
	}
	if err != nil {
		c.say(err.Error())
		return
	}
	st := c.st
	if st == nil {
		c.say("open a project first")
		return
	}
	if e.Doc == "" && c.doc != nil {
		e.Doc = c.doc.ID
	}
	if len(e.Ops) == 0 {
		return
	}
	if len(c.unsaved) > 0 {
		c.keepUnsaved(st, e, then, false) // in the order made, after those
		return
	}
	analyst := c.analyst
	c.saving++
	c.changed(chStatus)
	c.run(func() {
		done, err := st.Apply(c.ctx, analyst, e)
		var ann *annotate.Annotations
		var line store.DocSummary
		if err == nil {
			ann, err = st.Annotations(c.ctx, e.Doc, analyst)
		}
		if err == nil {
			// Only the edited document's line of the list changes.
			line, err = st.DocumentSummary(c.ctx, e.Doc, analyst)
		}
		var targets []annotate.Target
		refs := touches(e)
		if err == nil && refs.targets {
			targets, err = st.Targets(c.ctx, e.Doc)
		}
		c.ui(func() {
			c.saving--
			c.changed(chStatus)
			if st != c.st {
				// Made in the project open before: committed there, or said.
				c.reportElsewhere("save “"+e.Summary+"”", err)
				return
			}
			if errors.Is(err, store.ErrServerGone) {
				c.keepUnsaved(st, e, then, true)
				return
			}
			if err != nil {
				c.fail("save “"+e.Summary+"”", err)
				return
			}
			if refs.targets && c.doc != nil && c.doc.ID == e.Doc {
				c.targets = targets
			}
			if refs.speakers {
				c.addCanonicals(ann)
			}
			c.succeed()
			c.setDocLine(line)
			if c.doc != nil && c.doc.ID == e.Doc {
				c.doc.Status = line.Status
				c.setAnnotations(ann)
			}
			if then != nil {
				then(done)
			}
		})
	})
}

// touched says which lists beside the annotations an edit may change.
type touched struct{ targets, speakers bool }

func touches(e annotate.Edit) touched {
	var t touched
	for _, op := range e.Ops {
		switch op.Kind {
		case annotate.OpAddTarget, annotate.OpDeleteTarget:
			t.targets = true
		case annotate.OpAddSpan, annotate.OpUpdateSpan, annotate.OpDeleteSpan:
			t.speakers = t.speakers || op.Span == nil || op.Span.Label == annotate.LabelSpeaker
		}
	}
	return t
}

// Targets are the stance targets the open document may use: project-wide
// ones and its own.
func (c *Controller) Targets() []annotate.Target { return c.targets }

// CanonicalNames are the project's canonical speaker names, for completion.
func (c *Controller) CanonicalNames() []string { return c.canonicals }

// TargetText is the text of target id, or id itself if unknown.
func (c *Controller) TargetText(id string) string {
	for _, t := range c.targets {
		if t.ID == id {
			return t.Text
		}
	}
	if c.ann != nil {
		for _, t := range c.ann.Targets {
			if t.ID == id {
				return t.Text
			}
		}
	}
	return id
}

// NewTarget adds a stance target (scoped to the open document unless
// projectWide), makes it the current one, then runs then (which may be nil).
// A target of the same text is reused rather than added twice.
func (c *Controller) NewTarget(text string, projectWide bool, then func()) {
	if !c.ready() {
		return
	}
	text = strings.TrimSpace(text)
	if text == "" {
		c.say("type the target's text first")
		return
	}
	if id := targetByText(c.targets, text); id != "" {
		c.SetTarget(id)
		if then != nil {
			then()
		}
		return
	}
	c.Apply(annotate.NewTarget(c.doc.ID, text, projectWide), nil, func(done annotate.Edit) {
		for _, op := range done.Ops {
			if op.Kind == annotate.OpAddTarget && op.Target != nil {
				c.SetTarget(op.Target.ID)
			}
		}
		if then != nil {
			then()
		}
	})
}

// Suggest runs the suggester on the open document and shows what it found.
func (c *Controller) Suggest(suggest func(ctx context.Context, st *store.Store, ids []string) (int, error)) {
	if !c.ready() {
		return
	}
	st, id := c.st, c.doc.ID
	c.run(func() {
		n, err := suggest(c.ctx, st, []string{id})
		c.ui(func() {
			if st != c.st {
				return
			}
			if err != nil {
				c.fail("suggest spans", err)
				return
			}
			c.succeed()
			c.ReloadDocuments(nil)
			c.openDocument(id, func() {
				if n == 0 {
					c.say("no new suggestions for this document")
				}
			})
		})
	})
}

func (c *Controller) setAnnotations(ann *annotate.Annotations) {
	ann.Schema = c.schema
	c.ann = ann
	if c.selected != "" && c.span(c.selected) == nil {
		c.selected = ""
	}
	c.changed(chAnnotations)
	c.changed(chSelected)
	c.changed(chStatus)
}

// ready says whether a document is open to edit, telling the analyst if not.
func (c *Controller) ready() bool {
	if c.opening != "" {
		c.say("the project is still opening; wait a moment")
		return false
	}
	if c.st == nil || c.doc == nil || c.ann == nil {
		c.say("open a document first")
		return false
	}
	return true
}

// reportElsewhere tells the analyst that an edit made in the project open
// before could not be saved there; one that was needs no word.
func (c *Controller) reportElsewhere(what string, err error) {
	if err == nil || errors.Is(err, store.ErrNothingToUndo) || errors.Is(err, store.ErrNothingToRedo) {
		return
	}
	c.fail(what+" in the project open before", err)
}

// say shows a hint in the status line: why an action could not be done and
// what to do instead.
func (c *Controller) say(msg string) {
	c.message = c.inWords(msg)
	c.changed(chStatus)
}

// idLike matches what may be a span or target id in a message: s3, spk12, T2.
var idLike = regexp.MustCompile(`\b[A-Za-z_]+[0-9]+\b`)

// inWords replaces the span and target ids in msg with what the analyst
// sees: the span's label and text, the target's text.
func (c *Controller) inWords(msg string) string {
	if c.ann == nil {
		return msg
	}
	return idLike.ReplaceAllStringFunc(msg, func(id string) string {
		if sp := c.span(id); sp != nil {
			return fmt.Sprintf("the %s “%s”", sp.Label, clip(c.SpanText(sp), 30))
		}
		for _, t := range c.ann.Targets {
			if t.ID == id {
				return "“" + t.Text + "”"
			}
		}
		for _, t := range c.targets {
			if t.ID == id {
				return "“" + t.Text + "”"
			}
		}
		return id
	})
}

// fail reports a store error in words; the raw error goes to the log.
func (c *Controller) fail(what string, err error) {
	log.Printf("newsmark: %s: %v", what, err)
	c.failure = fmt.Sprintf("could not %s: %s", what, explain(err))
	c.message = ""
	c.changed(chStatus)
}

// pastTense says what undo and redo did, for the status line.
var pastTense = map[string]string{"undo": "undid", "redo": "redid"}

// succeed records a saved change.
func (c *Controller) succeed() {
	c.failure, c.message = "", ""
}

// explain turns a store error into words an analyst can act on.
func explain(err error) string {
	msg := err.Error()
	switch {
	case errors.Is(err, store.ErrNotFound):
		return "it is no longer in the project"
	case errors.Is(err, store.ErrNewerSchema):
		return "the project file is from a newer version of Newsmark"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case strings.Contains(msg, "database is locked"), strings.Contains(msg, "busy"):
		return "the project file is busy in another program; try again"
	case strings.Contains(msg, "readonly"), strings.Contains(msg, "read-only"):
		return "the project file is read-only"
	case strings.Contains(msg, "disk") && strings.Contains(msg, "full"):
		return "the disk is full"
	case strings.Contains(msg, "out of range"), strings.Contains(msg, "no span"), strings.Contains(msg, "not found"):
		return "the document changed under it; try again"
	case strings.Contains(strings.ToLower(msg), "sql"), strings.Contains(msg, "database"):
		return "the project file could not be read or written (details in the log)"
	}
	// Errors from our own steps (import, export) are already in words.
	return msg
}

// StatusLine is what the status line says: who annotates, whether the last
// edit is saved, and the open document's counts.
func (c *Controller) StatusLine() string {
	parts := []string{c.analyst}
	switch {
	case len(c.unsaved) > 0:
		parts = append(parts, c.unsavedLine())
	case c.failure != "":
		parts = append(parts, c.failure)
	case c.opening != "":
		parts = append(parts, "opening “"+c.opening+"”…")
	case c.saving > 0:
		parts = append(parts, "saving…")
	case c.st != nil:
		parts = append(parts, "saved")
	default:
		parts = append(parts, "no project open")
	}
	if c.ann != nil {
		accepted, pending := spanCounts(c.ann)
		parts = append(parts, plural(accepted, "span", "spans"),
			plural(pending, "suggestion pending", "suggestions pending"))
	}
	line := strings.Join(parts, " · ")
	if c.message != "" {
		line += " — " + c.message
	}
	return line
}

func spanCounts(a *annotate.Annotations) (accepted, pending int) {
	for _, s := range a.Spans {
		switch s.Status {
		case annotate.SpanPending:
			pending++
		case annotate.SpanRejected:
		default:
			accepted++
		}
	}
	return accepted, pending
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return count(n) + " " + many
}

// count writes n with its thousands grouped: 100,000 reads at a glance,
// 100000 does not.
func count(n int) string {
	s := strconv.Itoa(n)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// change is a set of things the panels must show again.
type change uint8

const (
	chDocuments change = 1 << iota
	chDocument
	chAnnotations
	chSelected
	chStatus
)

// changed tells the panels what changed; inside batch, once at its end.
func (c *Controller) changed(ch change) {
	if c.batching {
		c.pending |= ch
		return
	}
	call := func(f func()) {
		if f != nil {
			f()
		}
	}
	if ch&chDocuments != 0 {
		call(c.OnDocuments)
	}
	if ch&chDocument != 0 {
		call(c.OnDocument)
	}
	if ch&chAnnotations != 0 {
		call(c.OnAnnotations)
	}
	if ch&chSelected != 0 {
		call(c.OnSelected)
	}
	if ch&chStatus != 0 && c.OnStatus != nil {
		c.OnStatus(c.StatusLine())
	}
}

// batch runs f and then tells the panels, once, everything it changed: an
// edit that reloads the annotations and selects the new span redraws once.
func (c *Controller) batch(f func()) {
	if c.batching {
		f()
		return
	}
	c.batching = true
	f()
	c.batching = false
	ch := c.pending
	c.pending = 0
	c.changed(ch)
}

// ViewSpans are the open document's spans as the article view draws them:
// rejected suggestions are hidden.
func (c *Controller) ViewSpans() []ViewSpan {
	if c.ann == nil {
		return nil
	}
	out := make([]ViewSpan, 0, len(c.ann.Spans))
	stance := map[string][]string{}
	mark := map[string]color.Color{}
	for _, st := range c.ann.Stances {
		stance[st.Statement] = append(stance[st.Statement], st.Label+" “"+clip(c.TargetText(st.Target), 30)+"”")
		// The current target's stance colours the mark, else the first.
		if _, ok := mark[st.Statement]; !ok || st.Target == c.target {
			mark[st.Statement] = stanceColor(st.Label)
		}
	}
	for _, s := range c.ann.Spans {
		if s.Status == annotate.SpanRejected {
			continue
		}
		vs := ViewSpan{ID: s.ID, Start: s.Start, End: s.End, Label: s.Label,
			Color: c.schema.Color(s.Label), Pending: s.Status == annotate.SpanPending}
		if st := stance[s.ID]; len(st) > 0 {
			vs.Detail, vs.Mark = strings.Join(st, ", "), mark[s.ID]
		}
		out = append(out, vs)
	}
	return append(out, c.unsavedSpans()...)
}

// stanceColor is the colour of a stance label, as in the overview.
func stanceColor(label string) color.Color {
	switch label {
	case annotate.StanceFavor:
		return colorFavor
	case annotate.StanceAgainst:
		return colorAgainst
	}
	return colorNone
}

// Linked are the ids of the spans linked to span id by a relation, either way.
func (c *Controller) Linked(id string) []string {
	if c.ann == nil || id == "" {
		return nil
	}
	var out []string
	for _, r := range c.ann.Relations {
		if r.Status == annotate.SpanRejected {
			continue
		}
		switch id {
		case r.Head:
			out = append(out, r.Child)
		case r.Child:
			out = append(out, r.Head)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// SpanText is the text a span covers.
func (c *Controller) SpanText(s *annotate.Span) string {
	if c.doc == nil || s == nil {
		return ""
	}
	return c.TextAt(s.Start, s.End)
}

// TextAt is the open document's text in code points [start, end), sliced
// through an index of the text's code points made once per document: a
// panel showing hundreds of spans of a long article does not walk the
// text for each.
func (c *Controller) TextAt(start, end int) string {
	if c.doc == nil {
		return ""
	}
	if c.runesOf != c.doc {
		c.runesOf = c.doc
		c.runeAt = c.runeAt[:0]
		for i := range c.doc.Text {
			c.runeAt = append(c.runeAt, i)
		}
		c.runeAt = append(c.runeAt, len(c.doc.Text))
	}
	n := len(c.runeAt) - 1
	start, end = max(0, min(start, n)), max(0, min(end, n))
	if end <= start {
		return ""
	}
	return c.doc.Text[c.runeAt[start]:c.runeAt[end]]
}

// CanonicalOf is the canonical name of SPEAKER id, following coref ("" if
// none), read from a map made once per load of the annotations.
func (c *Controller) CanonicalOf(id string) string {
	if c.ann == nil {
		return ""
	}
	if c.namesOf != c.ann {
		c.namesOf = c.ann
		c.names = canonicalNames(c.ann)
	}
	return c.names[id]
}

// canonicalNames resolves every speaker's canonical name at once, as
// annotate.ResolveCanonical does for one: the last name met along its
// coref chain, skipping rejected spans and links.
func canonicalNames(ann *annotate.Annotations) map[string]string {
	byID := make(map[string]*annotate.Span, len(ann.Spans))
	for i := range ann.Spans {
		byID[ann.Spans[i].ID] = &ann.Spans[i]
	}
	next := map[string]string{}
	for _, r := range ann.Relations {
		if r.Label == annotate.RelCoref && r.Status != annotate.SpanRejected {
			if _, ok := next[r.Head]; !ok {
				next[r.Head] = r.Child
			}
		}
	}
	out := map[string]string{}
	for _, sp := range ann.Spans {
		if sp.Label != annotate.LabelSpeaker {
			continue
		}
		name := ""
		seen := map[string]bool{}
		for cur := sp.ID; cur != "" && !seen[cur]; cur = next[cur] {
			seen[cur] = true
			s, ok := byID[cur]
			if !ok || s.Status == annotate.SpanRejected {
				break
			}
			if c, _ := s.Attrs["canonical"].(string); c != "" {
				name = c
			}
		}
		if name != "" {
			out[sp.ID] = name
		}
	}
	return out
}
