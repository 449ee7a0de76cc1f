package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"log"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsmark/store"
)

// How often the window says it is here and reads who else is, how long a
// silent window still counts as present, and how long the window waits for
// a burst of changes to settle before it reads them.
const (
	presenceEvery  = 15 * time.Second
	presenceWithin = time.Minute
	changeSettle   = 400 * time.Millisecond
)

// colorNotSaved is the NOT SAVED banner's colour: the palette's vermilion.
var colorNotSaved = color.NRGBA{0xD5, 0x5E, 0x00, 0xff}

// teamLive links the window to the others working on the project: it says
// where this analyst is (store.Here), shows who else is there
// (store.Present), hears their changes (store.Watch) and refreshes the
// document list, the open document and the open views, a moment after a
// burst of changes settles. Its goroutines end when the project closes.
type teamLive struct {
	m *mainWindow

	presence *widget.Label // who else is here, and the last change heard
	notSaved *canvas.Text  // "NOT SAVED", shown while edits wait for the server

	every, settle time.Duration

	stop context.CancelFunc
	st   *store.Store // the project the heartbeat and the watch are on
	here chan string  // the document opened, for an early heartbeat

	// UI goroutine only.
	others []store.Presence
	away   bool   // the server did not answer the last heartbeat
	last   string // the last change heard, in words
	// off keeps the heartbeat and the watch from starting: tests whose UI
	// calls run inline, on the calling goroutine, have no UI goroutine for
	// them to hand what they hear to.
	off      bool
	watchers map[int]func([]store.Change) // open views to refresh when others change; nil: anything may have changed
	nextID   int

	mu      sync.Mutex
	pending []store.Change // heard, not yet shown
	timer   *time.Timer
}

func newTeamLive(m *mainWindow) *teamLive {
	t := &teamLive{m: m, every: presenceEvery, settle: changeSettle, watchers: map[int]func([]store.Change){}}
	t.presence = widget.NewLabel("")
	t.presence.Truncation = fyne.TextTruncateEllipsis
	t.notSaved = canvas.NewText("NOT SAVED", colorNotSaved)
	t.notSaved.TextStyle = fyne.TextStyle{Bold: true}
	t.notSaved.TextSize = 18
	t.notSaved.Hide()
	return t
}

// statusBar is the window's bottom: NOT SAVED when edits wait for the
// server and the status line; below, on a team project, who else is
// working on it and the last change heard, each line the window's width.
func (m *mainWindow) statusBar() fyne.CanvasObject {
	t := m.team
	t.presence.Hide() // shown on a team project, when there is something to say
	return container.NewVBox(container.NewBorder(nil, nil, container.NewPadded(t.notSaved), nil, m.status), t.presence)
}

// showUnsaved shows or hides the NOT SAVED banner.
func (t *teamLive) showUnsaved(n int) {
	if n > 0 && !t.notSaved.Visible() {
		t.notSaved.Show()
	} else if n == 0 && t.notSaved.Visible() {
		t.notSaved.Hide()
	}
}

// onTeamChange registers refresh, called on the UI goroutine with what
// changed when other analysts' work changes (a layer, progress, a
// reconnect; nil after this window's own merge, when anything may have),
// until the returned function is called: an open overview, agreement or
// adjudication view stays current without a restart.
func (m *mainWindow) onTeamChange(refresh func(changes []store.Change)) (remove func()) {
	t := m.team
	id := t.nextID
	t.nextID++
	t.watchers[id] = refresh
	return func() { delete(t.watchers, id) }
}

// start begins the heartbeat and the watch on st, the team project just
// opened, ending those of the project before. It runs on the UI goroutine.
func (t *teamLive) start(st *store.Store) {
	if t.stop != nil {
		t.stop()
	}
	if prev := t.st; prev != nil && prev != st {
		// Queued before the old project is closed.
		analyst := t.m.ctl.Analyst()
		t.m.ctl.run(func() { prev.Gone(context.Background(), analyst) })
	}
	t.st = st
	t.stop = nil
	t.others, t.last = nil, ""
	t.show()
	if !store.IsServer(st.Path()) || t.off {
		// A file is one analyst's: the others work in files of their own.
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.stop = cancel
	t.here = make(chan string, 1)
	analyst := t.m.ctl.Analyst()
	doc := ""
	if d := t.m.ctl.Document(); d != nil {
		doc = d.ID
	}
	go t.heartbeat(ctx, st, analyst, doc, t.here)
	go func() {
		done, err := st.Watch(ctx, func(c store.Change) { t.heard(st, analyst, c) })
		if err != nil {
			log.Printf("newsmark: watching the project for others' changes: %v", err)
			return
		}
		<-done
	}()
}

// end stops the heartbeat and the watch, and says this analyst has left.
func (t *teamLive) end(st *store.Store) {
	if t.stop != nil {
		t.stop()
		t.stop = nil
	}
	if st != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		st.Gone(ctx, t.m.ctl.Analyst())
		cancel()
	}
}

// opened tells the others which document this analyst now has open.
func (t *teamLive) opened(doc string) {
	if t.here == nil {
		return
	}
	select {
	case t.here <- doc:
	default: // a heartbeat is on its way; the next says it
	}
}

// heartbeat says where the analyst is and reads who else is here, every
// t.every and when another document opens, until ctx ends.
func (t *teamLive) heartbeat(ctx context.Context, st *store.Store, analyst, doc string, here <-chan string) {
	tick := time.NewTicker(t.every)
	defer tick.Stop()
	failing := false
	for {
		if err := st.Here(ctx, analyst, doc); err != nil && ctx.Err() == nil && !failing {
			log.Printf("newsmark: saying where %s is: %v", analyst, err) // once, not every beat
			failing = true
		} else if err == nil {
			failing = false
		}
		who, err := st.Present(ctx, presenceWithin)
		if ctx.Err() != nil {
			return
		}
		if errors.Is(err, store.ErrServerGone) {
			t.m.ctl.ui(func() {
				if ctx.Err() == nil {
					t.others, t.away = nil, true
					t.show()
				}
			})
		}
		if err == nil {
			var others []store.Presence
			for _, p := range who {
				if p.Analyst != analyst {
					others = append(others, p)
				}
			}
			t.m.ctl.ui(func() {
				if ctx.Err() == nil {
					t.others, t.away = others, false
					t.show()
				}
			})
		}
		select {
		case <-ctx.Done():
			return
		case doc = <-here:
		case <-tick.C:
		}
	}
}

// heard takes a change from the watch's goroutine: others' changes (and a
// reconnect, after which anything may have changed) are shown once the
// burst settles.
func (t *teamLive) heard(st *store.Store, analyst string, c store.Change) {
	if c.Kind != store.KindReconnect && c.Actor == analyst && c.Layer == analyst {
		return // this window's own edit, shown as it was saved
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pending = append(t.pending, c)
	if t.timer == nil {
		t.timer = time.AfterFunc(t.settle, func() {
			t.mu.Lock()
			changes := t.pending
			t.pending, t.timer = nil, nil
			t.mu.Unlock()
			t.m.ctl.ui(func() { t.refresh(st, changes) })
		})
	}
}

// refresh shows what others changed: the document list's counts, the open
// document when its layer changed under this window (a merge, a hand-out or
// suggestions written into it by another login, or anything after a
// reconnect), the views registered with onTeamChange, and the last change
// in words. This window's own edits are shown as they are saved.
func (t *teamLive) refresh(st *store.Store, changes []store.Change) {
	c := t.m.ctl
	if st != c.Store() || len(changes) == 0 {
		return
	}
	reopen := false
	for _, ch := range changes {
		if d := c.Document(); d != nil && (ch.Kind == store.KindReconnect || (ch.Doc == d.ID && ch.Layer == c.Analyst())) {
			reopen = true
		}
	}
	last := changes[len(changes)-1]
	t.last = t.describe(last, len(changes))
	c.ReloadDocuments(nil)
	if reopen && c.Unsaved() == 0 {
		c.OpenDocument(c.Document().ID)
	}
	for _, f := range t.watchers {
		f(changes)
	}
	t.show()
}

// describe says a change in words: "ben: edit in “Harbour fees…” at 14:02".
func (t *teamLive) describe(ch store.Change, n int) string {
	at := time.Now().Format("15:04:05")
	if ch.Kind == store.KindReconnect {
		return "back in touch with the server at " + at
	}
	what := ch.Actor + ": " + ch.Kind
	if ch.Layer != "" && ch.Layer != ch.Actor {
		what += " (" + ch.Layer + "'s layer)"
	}
	if title := t.docTitle(ch.Doc); title != "" {
		what += " in “" + clip(title, 30) + "”"
	}
	if n > 1 {
		what += fmt.Sprintf(" and %d more", n-1)
	}
	return what + " at " + at
}

// docTitle is the title of document id as the list shows it.
func (t *teamLive) docTitle(id string) string {
	for _, d := range t.m.ctl.Documents() {
		if d.ID == id {
			return d.Title
		}
	}
	return ""
}

// show puts who else is here, and the last change heard, in the status bar.
func (t *teamLive) show() {
	var parts []string
	if t.away {
		parts = append(parts, "The server does not answer: who else is here is not known")
	}
	if len(t.others) > 0 {
		names := make([]string, 0, len(t.others))
		sort.Slice(t.others, func(i, j int) bool { return t.others[i].Analyst < t.others[j].Analyst })
		for _, p := range t.others {
			where := ""
			if title := t.docTitle(p.Doc); title != "" {
				where = " on “" + clip(title, 24) + "”"
			} else if p.Doc != "" {
				where = " on " + p.Doc
			}
			names = append(names, p.Analyst+where)
		}
		parts = append(parts, "Also here: "+strings.Join(names, ", "))
	}
	if t.last != "" {
		parts = append(parts, "last change: "+t.last)
	}
	setText(t.presence, strings.Join(parts, " · "))
	if len(parts) > 0 && !t.presence.Visible() {
		t.presence.Show()
	} else if len(parts) == 0 && t.presence.Visible() {
		t.presence.Hide()
	}
}

// otherNames are the analysts shown as present, for tests and the title.
func (t *teamLive) otherNames() []string {
	var out []string
	for _, p := range t.others {
		out = append(out, p.Analyst)
	}
	return out
}
