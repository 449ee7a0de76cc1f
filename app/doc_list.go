package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/search"
	"newsmark/store"
)

// docList is the left pane: a filter box, the documents with their status,
// span and suggestion counts, and "3 / 12 done" at the bottom.
type docList struct {
	ctl      *Controller
	filter   *filterEntry
	hint     *widget.Label // the query syntax, or what is wrong with the query
	list     *widget.List
	progress *widget.Label
	legend   *widget.Label // what the marks and counts mean
	content  fyne.CanvasObject

	shown   []store.DocSummary // the documents the filter lets through
	matches map[string]bool    // ids the filter found; nil when it is empty
	query   string             // the filter text the matches are for
	finder  *finder            // runs the filter's searches off the UI goroutine
	syncing bool               // set while the list follows the controller
	// selectedRow is the row the list has selected, -1 for none.
	selectedRow int
	// onLeave is called when the analyst presses Enter in the filter box.
	onLeave func()
	// onPicked is called when the analyst picks a document in the list
	// itself (not by moving through it from the filter box).
	onPicked func()
}

func newDocList(ctl *Controller) *docList {
	d := &docList{ctl: ctl, progress: widget.NewLabel(""), selectedRow: -1, finder: newFinder()}
	d.filter = newFilterEntry(d)
	d.filter.SetPlaceHolder(`filter… (Ctrl+F)  speaker:Peskov stance:AGAINST "a phrase"`)
	d.filter.OnChanged = d.search
	d.hint = widget.NewLabel(search.Legend)
	d.hint.Wrapping = fyne.TextWrapWord
	d.hint.SizeName = theme.SizeNameCaptionText
	d.list = widget.NewList(
		func() int { return len(d.shown) },
		func() fyne.CanvasObject {
			status := widget.NewLabel("○")
			title := widget.NewLabel("title")
			title.Truncation = fyne.TextTruncateEllipsis
			// Sized for the widest count, so a row never clips it.
			counts := widget.NewLabelWithStyle("9999 +999?", fyne.TextAlignTrailing, fyne.TextStyle{})
			return container.NewBorder(nil, nil, status, counts, title)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(d.shown) {
				return
			}
			s := d.shown[i]
			row := o.(*fyne.Container)
			title := row.Objects[0].(*widget.Label)
			status := row.Objects[1].(*widget.Label)
			counts := row.Objects[2].(*widget.Label)
			setText(status, statusIcon(s.Status))
			setText(title, s.Title)
			setText(counts, countsText(s))
		})
	d.list.OnUnselected = func(i widget.ListItemID) {
		if d.selectedRow == i {
			d.selectedRow = -1
		}
	}
	d.list.OnSelected = func(i widget.ListItemID) {
		d.selectedRow = i
		if d.syncing || i >= len(d.shown) {
			return
		}
		if cur := ctl.Document(); cur == nil || cur.ID != d.shown[i].ID {
			ctl.OpenDocument(d.shown[i].ID)
		}
		if d.onPicked != nil {
			d.onPicked()
		}
	}
	d.legend = widget.NewLabel(docLegend)
	d.legend.Wrapping = fyne.TextWrapWord
	d.legend.SizeName = theme.SizeNameCaptionText
	d.content = container.NewBorder(container.NewVBox(d.filter, d.hint), container.NewVBox(d.legend, d.progress), nil, nil, d.list)
	return d
}

// docLegend explains the list's marks and counts.
const docLegend = "✓ done  ● started  ○ to do\ncounts: “12 +3?” means 12 spans tagged, 3 suggestions to decide"

// untouchedLegend is added to the legend while the list holds articles the
// analyst has never opened in a project that suggests for new articles:
// the import made its suggestions for the analyst who imported, so another
// analyst's (or a newly named analyst's) row reads "0" until the first look
// makes theirs (Controller.firstLook).
const untouchedLegend = "\n“0” on an article you have not opened: its suggestions are made for you when you open it"

// legendText is the legend for a list of docs: the plain legend, with
// untouchedLegend when the project suggests on opening and some row is
// untouched (to do, nothing tagged, nothing pending).
func legendText(docs []store.DocSummary, suggestsOnOpen bool) string {
	if suggestsOnOpen {
		for _, s := range docs {
			if s.Status == annotate.StatusTodo && s.Spans == 0 && s.Pending == 0 {
				return docLegend + untouchedLegend
			}
		}
	}
	return docLegend
}

// statusIcon is a document status as the list shows it.
func statusIcon(s annotate.Status) string {
	switch s {
	case annotate.StatusDone:
		return "✓"
	case annotate.StatusInProgress:
		return "●"
	}
	return "○"
}

// countsText is a row's span count, and its pending suggestions if any
// ("12 +3?").
func countsText(s store.DocSummary) string {
	if s.Pending > 0 {
		return fmt.Sprintf("%d +%d?", s.Spans, s.Pending)
	}
	return fmt.Sprint(s.Spans)
}

// refresh re-reads the controller's documents through the filter. When
// only counts or statuses changed, only those rows are redrawn.
func (d *docList) refresh() {
	var shown []store.DocSummary
	for _, s := range d.ctl.Documents() {
		if d.matches == nil || d.matches[s.ID] {
			shown = append(shown, s)
		}
	}
	old := d.shown
	d.shown = shown
	done, total := d.ctl.Progress()
	if p := count(done) + " / " + count(total) + " done"; p != d.progress.Text {
		d.progress.SetText(p)
	}
	if l := legendText(shown, d.ctl.SuggestsOnOpen()); l != d.legend.Text {
		d.legend.SetText(l)
	}
	if len(old) != len(shown) {
		d.list.Refresh()
	} else {
		for i := range shown {
			if shown[i] != old[i] {
				d.list.RefreshItem(i)
			}
		}
	}
	d.showOpen()
}

// documentsChanged follows the controller's list: the rows are redrawn at
// once, and a filter in use searches again (after its pause), as an edit,
// an import or another analyst's work may have changed what it finds: a
// document whose last suggestion was decided leaves "pending:yes".
func (d *docList) documentsChanged() {
	d.refresh()
	if d.query != "" {
		d.search(d.query)
	}
}

// showOpen selects the open document's row, without reopening it.
func (d *docList) showOpen() {
	cur := d.ctl.Document()
	d.syncing = true
	defer func() { d.syncing = false }()
	if cur == nil {
		d.list.UnselectAll()
		return
	}
	for i, s := range d.shown {
		if s.ID == cur.ID {
			if i != d.selectedRow {
				d.list.Select(i)
			}
			return
		}
	}
	d.list.UnselectAll()
}

// search filters the list to the documents that match what the analyst
// typed: words and phrases through the full-text index, filters through
// the search facets of their layer. A query that cannot be read is said
// under the box and the list stays as it was; otherwise the search runs
// once typing pauses (finder), and a result that arrives after the
// analyst typed on is dropped.
func (d *docList) search(text string) {
	text = strings.TrimSpace(text)
	d.query = text
	q, err := search.Parse(text)
	if err != nil {
		d.finder.cancel()
		d.hint.Importance = widget.DangerImportance
		setText(d.hint, err.Error())
		d.hint.Refresh()
		return
	}
	if d.hint.Importance != widget.MediumImportance {
		d.hint.Importance = widget.MediumImportance
		d.hint.Refresh()
	}
	setText(d.hint, search.Legend)
	if q.Empty() {
		d.finder.cancel()
		d.matches = nil
		d.refresh()
		return
	}
	st := d.ctl.Store()
	if st == nil {
		return
	}
	layer := d.ctl.Analyst()
	d.finder.find(func(ctx context.Context) {
		ids, err := st.Search(ctx, q, layer)
		if ctx.Err() != nil {
			return // the analyst typed on: a newer search is coming
		}
		d.ctl.ui(func() {
			if text != d.query {
				return
			}
			if err != nil {
				d.ctl.say("the filter could not search: " + explain(err))
				return
			}
			d.matches = make(map[string]bool, len(ids))
			for _, id := range ids {
				d.matches[id] = true
			}
			d.refresh()
			setText(d.hint, plural(len(d.shown), "match", "matches")+" — "+search.Legend)
		})
		d.finder.searched()
	})
}

// finder runs the filter's searches on a goroutine of its own, never on
// the worker that saves edits: each waits for a pause in typing (delay),
// and a newer one cancels the one before, running or waiting.
type finder struct {
	delay time.Duration
	// after runs f once delay has passed, unless stop is called first
	// (time.AfterFunc; a test's own clock).
	after func(delay time.Duration, f func()) (stop func() bool)
	jobs  chan func()
	// stop cancels the latest search and its timer; UI goroutine only.
	stop func()
	// done, when set (tests, where the UI runs inline), hears of every
	// search finished and its result shown.
	done chan struct{}
}

// filterPause is how long typing must pause before the filter searches.
const filterPause = 150 * time.Millisecond

func newFinder() *finder {
	f := &finder{delay: filterPause, jobs: make(chan func(), 64)}
	f.after = func(d time.Duration, fn func()) func() bool { return time.AfterFunc(d, fn).Stop }
	go func() {
		for job := range f.jobs {
			job()
		}
	}()
	return f
}

// find runs search after the pause, cancelling the search before.
func (f *finder) find(search func(ctx context.Context)) {
	f.cancel()
	ctx, cancel := context.WithCancel(context.Background())
	stop := f.after(f.delay, func() {
		f.jobs <- func() {
			if ctx.Err() == nil {
				search(ctx)
			}
		}
	})
	f.stop = func() { stop(); cancel() }
}

// cancel drops the search in progress or waiting, if any.
func (f *finder) cancel() {
	if f.stop != nil {
		f.stop()
		f.stop = nil
	}
}

func (f *finder) searched() {
	if f.done != nil {
		f.done <- struct{}{}
	}
}

// Shown are the ids the list shows, in order.
func (d *docList) Shown() []string {
	ids := make([]string, len(d.shown))
	for i, s := range d.shown {
		ids[i] = s.ID
	}
	return ids
}

// move opens the document dir rows below (above, if negative) the open one.
func (d *docList) move(dir int) {
	if len(d.shown) == 0 {
		return
	}
	at := -1
	if cur := d.ctl.Document(); cur != nil {
		for i, s := range d.shown {
			if s.ID == cur.ID {
				at = i
			}
		}
	}
	next := max(0, min(len(d.shown)-1, at+dir))
	if at < 0 {
		next = 0
	}
	if next != at {
		d.ctl.OpenDocument(d.shown[next].ID)
	}
}

// filterEntry is the filter box: Up and Down move through the list while it
// has the focus, Enter goes to the article.
type filterEntry struct {
	widget.Entry
	list *docList
}

func newFilterEntry(l *docList) *filterEntry {
	e := &filterEntry{list: l}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey moves through the list on Up and Down, and leaves on Enter.
func (e *filterEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp:
		e.list.move(-1)
	case fyne.KeyDown:
		e.list.move(1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape:
		// Enter on a filter that found one document opens it.
		if l := e.list; ev.Name != fyne.KeyEscape && l.matches != nil && len(l.shown) == 1 {
			if cur := l.ctl.Document(); cur == nil || cur.ID != l.shown[0].ID {
				l.ctl.OpenDocument(l.shown[0].ID)
			}
		}
		if e.list.onLeave != nil {
			e.list.onLeave()
		}
	default:
		e.Entry.TypedKey(ev)
	}
}

// setText changes a label's text only when it differs: a truncated label
// measures its text again on every SetText.
func setText(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}
