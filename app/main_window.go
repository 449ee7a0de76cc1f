// Package app is Newsmark's annotation window: the document list, the
// article view and the annotation panel, the menus and the keyboard map,
// and the dialogs for importing, exporting and settings. It is the only
// package that knows widgets; every change goes through annotate's actions
// and the store.
package app

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/ingest"
	"newsmark/annotate/team"
	"newsmark/assets"
	"newsmark/store"
)

// Preference keys kept in the app's preferences.
const (
	prefLastProject = "last_project"
	prefWindowW     = "window_w"
	prefWindowH     = "window_h"
	prefAnalyst     = "analyst"
	prefTheme       = "theme"
	prefAnalystSet  = "analyst_confirmed"
	prefZoom        = "text_zoom"
	// prefLastDoc + a project's path is the document last open in it.
	prefLastDoc = "last_document:"
)

// analystEnv names the analyst for the window as for the command line.
const analystEnv = "NEWSMARK_ANALYST"

// mainWindow is the annotation window: it builds the panes and menus, and
// turns keys and menu items into controller calls.
type mainWindow struct {
	app fyne.App
	win fyne.Window
	ctl *Controller

	view   *ArticleView
	docs   *docList
	panel  *annotationPanel
	status *widget.Label
	split  *container.Split
	// pickerOpen is set while a modal picker is up, so keys do not leak.
	pickerOpen bool
	// modals are the dialogs on screen, the top one last: Enter and Esc go
	// to it.
	modals  []*modal
	project string // the open project's name, for the title bar
	busy    bool   // a project is opening: the actions wait
	// adj is View › Adjudicate while it is open: it takes the keys.
	adj  *adjudicateView
	team *teamLive
	// guard joins the window to the process watching it.
	guard Guard
}

// Start builds and shows the main window on a, opening the project file at
// path (off the UI goroutine), its imports reported to g and g's note
// shown. It remembers the last project and the window size in
// a.Preferences() ("last_project", "window_w/h").
func Start(a fyne.App, path string, g Guard) fyne.Window {
	w := a.NewWindow("Newsmark")
	prefs := a.Preferences()
	w.Resize(fyne.NewSize(
		float32(prefs.FloatWithFallback(prefWindowW, 1280)),
		float32(prefs.FloatWithFallback(prefWindowH, 800))))
	w.SetIcon(fyne.NewStaticResource("newsmark.png", assets.Icon))
	m := newMainWindow(a, w, newSerialRunner(), fyne.Do)
	m.guard = g
	applyTheme(a, prefs.StringWithFallback(prefTheme, themeSystem), prefs.FloatWithFallback(prefZoom, 1))
	w.SetOnClosed(func() {
		m.saveWindowSize()
		if st := m.ctl.Store(); st != nil {
			m.team.end(st)
			m.closeAfterQueued(st)
		}
	})
	w.Show()
	m.openProject(path)
	// On a server the login names the analyst; $NEWSMARK_ANALYST names
	// them as it does for the command line.
	if !prefs.Bool(prefAnalystSet) && !store.IsServer(path) && os.Getenv(analystEnv) == "" {
		m.askAnalyst(true)
	}
	m.showNote()
	return w
}

// closeAfterQueued closes st once the store work queued before it is done,
// so an edit on its way is committed, not lost; it waits for that at most
// a few seconds.
func (m *mainWindow) closeAfterQueued(st *store.Store) {
	closed := make(chan struct{})
	m.ctl.run(func() {
		st.Close()
		close(closed)
	})
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		log.Printf("newsmark: the project was closed with edits still being written")
	}
}

// saveWindowSize remembers the window's size for the next start.
func (m *mainWindow) saveWindowSize() {
	size := m.win.Canvas().Size()
	if size.Width > 0 && size.Height > 0 {
		m.app.Preferences().SetFloat(prefWindowW, float64(size.Width))
		m.app.Preferences().SetFloat(prefWindowH, float64(size.Height))
	}
}

// LastProject returns the project path remembered in prefs ("" if none),
// for store.Resolve.
func LastProject(a fyne.App) string {
	return a.Preferences().String(prefLastProject)
}

// analystName is the name edits are recorded under: $NEWSMARK_ANALYST, as
// on the command line, else the one the analyst gave, else the system
// user's.
func analystName(a fyne.App) string {
	if n := strings.TrimSpace(os.Getenv(analystEnv)); n != "" {
		return n
	}
	if n := a.Preferences().String(prefAnalyst); n != "" {
		return n
	}
	return systemUser()
}

// newMainWindow builds the window's content and menus on w. run executes
// store work and ui brings its results back (see Controller).
func newMainWindow(a fyne.App, w fyne.Window, run, ui func(func())) *mainWindow {
	m := &mainWindow{app: a, win: w}
	m.ctl = NewController(analystName(a), run, ui)
	m.view = NewArticleView()
	m.docs = newDocList(m.ctl)
	m.panel = newAnnotationPanel(m.ctl, m.pickSpeaker, m.chooseTarget)
	m.status = widget.NewLabel("")
	// A long hint is cut with an ellipsis: a label's text must never make
	// the window wider than the screen.
	m.status.Truncation = fyne.TextTruncateEllipsis
	m.team = newTeamLive(m)

	m.view.OnSelectionChanged = m.ctl.SetTextSelection
	m.view.OnSpanTapped = func(id string) {
		if id != "" {
			m.ctl.SelectSpan(id)
		}
	}
	m.view.OnRune = m.typedRune
	m.view.OnKey = m.typedKey
	m.view.OnHover = func(label string) {}
	m.docs.onLeave = func() { m.win.Canvas().Focus(m.view) }
	// A document clicked in the list is there to be tagged: the keys go to
	// the article. Moving through the list from the filter keeps the focus.
	m.docs.onPicked = func() {
		if m.win.Canvas().Focused() != m.docs.filter {
			m.win.Canvas().Focus(m.view)
		}
	}

	m.ctl.OnDocuments = m.docs.documentsChanged
	m.ctl.OnDocument = m.showDocument
	m.ctl.OnAnnotations = func() {
		m.view.SetSpans(m.ctl.ViewSpans())
		m.panel.refresh()
	}
	m.ctl.OnSelected = m.showSelected
	m.ctl.OnStatus = func(line string) {
		setText(m.status, line)
		m.team.showUnsaved(m.ctl.Unsaved())
		if busy := m.ctl.Opening() != ""; busy != m.busy {
			m.setBusy(busy)
		}
	}
	m.ctl.OnSchema = func() {
		m.panel.showLabels()
		m.win.SetMainMenu(m.menu()) // the Tag menu names the labels
	}
	m.ctl.OnNeedTarget = func(label string) { m.chooseTarget(label) }
	m.ctl.OnConfirmDone = m.confirmDone
	m.ctl.OnConfirmAcceptAll = m.confirmAcceptAll
	m.ctl.OnOpened = func(id string) {
		if st := m.ctl.Store(); st != nil {
			m.app.Preferences().SetString(prefLastDoc+st.Path(), id)
		}
		m.team.opened(id)
	}

	right := container.NewHSplit(m.view, m.panel.content)
	right.Offset = 0.68
	m.split = container.NewHSplit(m.docs.content, right)
	m.split.Offset = 0.2
	w.SetContent(container.NewBorder(nil, m.statusBar(), nil, nil, m.split))
	w.SetMainMenu(m.menu())
	m.addShortcuts()
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { m.importURIs(uris) })
	m.status.SetText(m.ctl.StatusLine())
	return m
}

// showDocument puts the open document in the article view.
func (m *mainWindow) showDocument() {
	d := m.ctl.Document()
	if d == nil {
		m.view.SetDocument("", nil)
	} else {
		m.view.SetDocument(d.Text, d.Zones)
	}
	m.showTitle()
	m.view.SetSpans(m.ctl.ViewSpans())
	m.docs.showOpen()
	if m.adj != nil && d != nil {
		m.adj.load(d.ID)
		return
	}
	if m.win.Canvas().Focused() == nil {
		m.win.Canvas().Focus(m.view)
	}
}

// showTitle names the project and the open document in the title bar.
func (m *mainWindow) showTitle() {
	title := "Newsmark"
	if m.project != "" {
		title += " · " + m.project
	}
	if d := m.ctl.Document(); d != nil {
		title += " — " + clip(annotate.Title(d), 80)
	}
	m.win.SetTitle(title)
}

// showSelected marks the selected span and its links in the view, scrolls
// to it and shows it in the panel.
func (m *mainWindow) showSelected() {
	id := m.ctl.Selected()
	m.view.SetSelectedSpan(id, m.ctl.Linked(id))
	if s := m.ctl.SelectedSpan(); s != nil {
		m.view.ScrollTo(s.Start)
	}
	m.panel.refresh()
}

// typedRune handles a character typed in the article view.
func (m *mainWindow) typedRune(r rune) bool {
	if m.adj != nil {
		return m.adj.typedRune(r)
	}
	b, ok := bindingForRune(r)
	if !ok {
		return false
	}
	m.do(b.action)
	return true
}

// typedKey handles a key the article view does not use itself.
func (m *mainWindow) typedKey(ev *fyne.KeyEvent, mods fyne.KeyModifier) bool {
	if m.adj != nil {
		return m.adj.typedKey(ev, mods)
	}
	b, ok := bindingForKey(ev.Name, mods)
	if !ok {
		return false
	}
	m.do(b.action)
	return true
}

// addShortcuts makes the Ctrl keys work where no menu catches them first
// (the test driver, a platform without a main menu) and F1 from anywhere.
func (m *mainWindow) addShortcuts() {
	c := m.win.Canvas()
	for _, b := range keyMap {
		if b.action == "" || b.shortcut == nil {
			continue
		}
		if ks, ok := b.shortcut.(fyne.KeyboardShortcut); ok && ks.Mod()&(ctrl|alt) == 0 {
			continue
		}
		action := b.action
		c.AddShortcut(b.shortcut, func(fyne.Shortcut) { m.do(action) })
	}
	// With nothing focused (say, after a click on a panel button), keys
	// still act on the article; Up and Down move through the documents.
	c.SetOnTypedRune(func(r rune) {
		if c.Overlays().Top() != nil {
			return // keys do not reach the article behind a dialog
		}
		m.typedRune(r)
	})
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if c.Overlays().Top() != nil {
			m.modalKey(ev.Name)
			return
		}
		if m.typedKey(ev, 0) {
			return
		}
		switch ev.Name {
		case fyne.KeyUp:
			m.docs.move(-1)
		case fyne.KeyDown:
			m.docs.move(1)
		}
	})
}

// do runs one keyboard or menu action.
func (m *mainWindow) do(a keyAction) {
	if m.pickerOpen {
		return
	}
	c := m.ctl
	if c.Opening() != "" && a != actShortcuts && a != actZoomIn && a != actZoomOut {
		c.say("the project is still opening; wait a moment")
		return
	}
	if m.adj != nil && m.adj.do(a) {
		return
	}
	for n := 1; n <= 9; n++ {
		if a == tagAction(n) {
			m.ctl.SetTextSelection(m.view.Selection())
			c.Tag(n)
			return
		}
	}
	switch a {
	case actNextSpan:
		c.NextSpan(1, false)
	case actPrevSpan:
		c.NextSpan(-1, false)
	case actStartLeft:
		c.MoveEdge(false, -1)
	case actStartRight:
		c.MoveEdge(false, 1)
	case actEndLeft:
		c.MoveEdge(true, -1)
	case actEndRight:
		c.MoveEdge(true, 1)
	case actDeleteSpan:
		c.DeleteSelected()
	case actSpeakerBefore:
		c.LinkNearest(annotate.LabelSpeaker, false)
	case actSpeakerAfter:
		c.LinkNearest(annotate.LabelSpeaker, true)
	case actPickSpeaker:
		m.pickSpeaker()
	case actCueBefore:
		c.LinkNearest(annotate.LabelCue, false)
	case actCueAfter:
		c.LinkNearest(annotate.LabelCue, true)
	case actCoref:
		c.LinkCoref()
	case actFavor:
		c.Stance(annotate.StanceFavor)
	case actAgainst:
		c.Stance(annotate.StanceAgainst)
	case actNone:
		c.Stance(annotate.StanceNone)
	case actChooseTarget:
		m.chooseTarget("")
	case actAccept:
		m.ctl.SetTextSelection(m.view.Selection())
		c.Accept()
	case actReject:
		m.ctl.SetTextSelection(m.view.Selection())
		c.Reject()
	case actNextSuggestion:
		c.NextSpan(1, true)
	case actPrevSuggestion:
		c.NextSpan(-1, true)
	case actAcceptAll:
		c.ConfirmAcceptAll()
	case actDoneNext:
		c.DoneAndNext()
	case actUndo:
		m.undo(true)
	case actRedo:
		m.undo(false)
	case actFocusFilter:
		m.win.Canvas().Focus(m.docs.filter)
	case actShortcuts:
		m.showShortcuts()
	case actZoomIn:
		m.zoomBy(1)
	case actZoomOut:
		m.zoomBy(-1)
	}
}

// undo undoes (or redoes) the analyst's last edit, unless a text field has
// the focus: then Ctrl+Z is that field's own undo.
func (m *mainWindow) undo(undo bool) {
	if f := m.win.Canvas().Focused(); f != nil && f != fyne.Focusable(m.view) {
		if sc, ok := f.(fyne.Shortcutable); ok {
			if undo {
				sc.TypedShortcut(&fyne.ShortcutUndo{})
			} else {
				sc.TypedShortcut(&fyne.ShortcutRedo{})
			}
			return
		}
	}
	if undo {
		m.ctl.Undo()
	} else {
		m.ctl.Redo()
	}
}

// handedOutTo is whose layer the window works in on st: the analyst a file
// was handed out to (newsmark assign, File › Hand out), whatever name the
// window goes by, so their work lands in the layer the lead merges back;
// otherwise analyst.
func handedOutTo(st *store.Store, analyst string) string {
	ctx := context.Background()
	if _, handed, err := st.Setting(ctx, team.SettingHandedOutFrom); err != nil || !handed {
		return analyst
	}
	if owner, ok, err := st.Setting(ctx, store.SettingAnalyst); err == nil && ok && owner != "" {
		return owner
	}
	return analyst
}

// openProject opens (or creates) the project file at path off the UI
// goroutine and shows it. A project just created gets the sample articles,
// so a newcomer can tag at once.
func (m *mainWindow) openProject(path string) {
	analyst := m.ctl.Analyst()
	m.ctl.SetOpening(projectName(path))
	m.ctl.run(func() {
		_, statErr := os.Stat(path)
		created := errors.Is(statErr, os.ErrNotExist)
		st, err := store.Open(path)
		if err == nil {
			// On a team server the login names the layer.
			analyst, err = st.Analyst(context.Background(), analyst)
		}
		if err == nil {
			analyst = handedOutTo(st, analyst)
		}
		if err == nil && created {
			if total, _, cerr := st.CountDocuments(context.Background(), analyst); cerr == nil && total == 0 {
				if serr := ingest.ImportSamples(context.Background(), st, analyst); serr != nil {
					err = fmt.Errorf("add the sample articles: %w", serr)
				}
			}
		}
		m.ctl.ui(func() {
			if err != nil {
				if st != nil {
					st.Close()
				}
				m.ctl.SetOpening("")
				m.showError(fmt.Errorf("Could not open the project %s: %s", filepath.Base(path), explain(err)))
				return
			}
			old := m.ctl.Store()
			if analyst != m.ctl.Analyst() {
				m.ctl.SetAnalyst(analyst)
			}
			m.app.Preferences().SetString(prefLastProject, store.Redact(path)) // never a password
			if store.IsServer(path) {
				rememberTeamProject(m.app, path)
			}
			m.project = projectName(path)
			m.ctl.ResumeAt(m.app.Preferences().String(prefLastDoc + st.Path()))
			m.ctl.SetStore(st, nil)
			m.team.start(st)
			m.showTitle()
			if old != nil && old != st {
				// After the edits already queued for it: they are
				// committed to the project they were made in.
				m.ctl.run(func() { old.Close() })
			}
		})
	})
}

// setBusy disables what needs an open project while one is opening, and
// enables it again.
func (m *mainWindow) setBusy(busy bool) {
	m.busy = busy
	if menu := m.win.MainMenu(); menu != nil {
		for _, top := range menu.Items {
			for _, it := range top.Items {
				if needsProject(top.Label, it) {
					it.Disabled = busy
				}
			}
		}
		menu.Refresh()
	}
	m.panel.setEnabled(!busy)
}

// needsProject says whether a menu item acts on the open project.
func needsProject(menu string, it *fyne.MenuItem) bool {
	switch menu {
	case "Annotate":
		return true
	case "File":
		return strings.HasPrefix(it.Label, "Import") || strings.HasPrefix(it.Label, "Export") ||
			strings.HasPrefix(it.Label, "Hand out") || strings.HasPrefix(it.Label, "Merge")
	case "Edit":
		return it.Label != "Settings…"
	case "View":
		return it.Label == "Project overview…" || it.Label == "Agreement…" || it.Label == "Adjudicate"
	}
	return false
}

// projectName is how the title bar names a project file.
func projectName(path string) string {
	if store.IsServer(path) {
		return teamProjectName(store.Redact(path))
	}
	base := filepath.Base(path)
	return base[:len(base)-len(filepath.Ext(base))]
}
