package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate/ingest"
)

// articleExtensions are the files Import files… offers: what import reads
// (articles, JSONL exports, and the Label Studio .json and brat .zip
// imports).
var articleExtensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".json", ".zip"}

// importEntry is one row of a file chooser: a folder or a file it offers.
type importEntry struct {
	Name   string
	Folder bool
}

// importEntries lists the folders in dir and the files in it that import
// reads and whose name matches the shell pattern (as in *.html; empty
// means all), folders first, each sorted by name. Hidden entries are left
// out.
func importEntries(dir, pattern string) ([]importEntry, error) {
	return folderEntries(dir, pattern, articleExtensions)
}

// folderEntries lists the folders in dir and its files with one of exts
// whose name matches pattern, folders first, each sorted by name, hidden
// ones left out.
func folderEntries(dir, pattern string, exts []string) ([]importEntry, error) {
	items, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	pattern = strings.TrimSpace(pattern)
	var folders, files []importEntry
	for _, it := range items {
		name := it.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		isDir := it.IsDir()
		if it.Type()&os.ModeSymlink != 0 {
			if fi, err := os.Stat(filepath.Join(dir, name)); err == nil {
				isDir = fi.IsDir()
			}
		}
		if isDir {
			folders = append(folders, importEntry{Name: name, Folder: true})
			continue
		}
		if !slices.Contains(exts, strings.ToLower(filepath.Ext(name))) {
			continue
		}
		if pattern != "" {
			if ok, err := filepath.Match(strings.ToLower(pattern), strings.ToLower(name)); err != nil || !ok {
				continue
			}
		}
		files = append(files, importEntry{Name: name})
	}
	return append(folders, files...), nil
}

// chooserMode is what a file chooser is for.
type chooserMode int

const (
	pickMany chooserMode = iota // tick files and folders: Import files…
	pickOne                     // click one file: Open project…
	saveAs                      // a folder and a new file's name: New project…, Export
)

// fileChooser is the window's own file dialog: a folder's subfolders and
// the files it offers, Up, and the folder typed or pasted. It replaces
// Fyne's, which picks one file only and logs an error for every standard
// folder (Videos, Music…) a computer lacks. With pickMany each row has a
// check box and a name pattern narrows the files; a folder opens on a
// click on its name and, ticked, is imported whole.
type fileChooser struct {
	m       *mainWindow
	mode    chooserMode
	exts    []string
	dir     string
	path    *keyEntry
	pattern *keyEntry // pickMany: a name pattern; saveAs: the file name
	list    *widget.List
	count   *widget.Label
	entries []importEntry
	checked map[string]bool // full paths
	d       *dialog.CustomDialog
	problem *widget.Label
	done    func(paths []string)
	// replaceOK is set once the analyst was told the file to save exists.
	replaceOK bool
}

// prefChooserDir + a mode's name is the folder a chooser showed last.
const prefChooserDir = "chooser_folder:"

// startDir is where a chooser for purpose opens: where the last one did,
// else the home folder.
func (m *mainWindow) startDir(purpose string) string {
	dir := m.app.Preferences().String(prefChooserDir + purpose)
	if fi, err := os.Stat(dir); dir == "" || err != nil || !fi.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	return dir
}

// importFiles is File › Import files…: several files (or folders) at once.
func (m *mainWindow) importFiles() {
	if !m.needStore() {
		return
	}
	m.newImportChooser(m.startDir("import")).show("Import files", "Import")
}

// newImportChooser is a pickMany chooser of what import reads, in dir.
func (m *mainWindow) newImportChooser(dir string) *fileChooser {
	ch := m.newFileChooser(pickMany, articleExtensions, dir)
	ch.done = func(paths []string) {
		m.app.Preferences().SetString(prefChooserDir+"import", ch.dir)
		m.importPaths(paths)
	}
	return ch
}

func (m *mainWindow) newFileChooser(mode chooserMode, exts []string, dir string) *fileChooser {
	ch := &fileChooser{m: m, mode: mode, exts: exts, checked: map[string]bool{}}
	ch.path = m.newKeyEntry()
	ch.path.OnSubmitted = func(p string) { ch.open(p) }
	ch.pattern = m.newKeyEntry()
	switch mode {
	case pickMany:
		ch.pattern.SetPlaceHolder("name pattern, e.g. *.html (empty: all)")
		ch.pattern.OnChanged = func(string) { ch.open(ch.dir) }
	case saveAs:
		ch.pattern.SetPlaceHolder("file name")
		ch.pattern.OnChanged = func(string) { ch.replaceOK = false }
	}
	ch.pattern.OnSubmitted = func(string) { ch.finish() }
	ch.count = widget.NewLabel("")
	ch.problem = widget.NewLabel("")
	ch.problem.Importance = widget.DangerImportance
	ch.problem.Wrapping = fyne.TextWrapWord
	ch.list = widget.NewList(
		func() int { return len(ch.entries) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewCheck("", nil), nil, widget.NewButton("", nil))
		},
		ch.updateRow)
	ch.open(dir)
	return ch
}

// updateRow shows entry i in a list row.
func (ch *fileChooser) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(ch.entries) {
		return
	}
	e := ch.entries[i]
	full := filepath.Join(ch.dir, e.Name)
	row := o.(*fyne.Container)
	name := row.Objects[0].(*widget.Button)
	check := row.Objects[1].(*widget.Check)
	check.OnChanged = nil
	check.SetChecked(ch.checked[full])
	check.OnChanged = func(on bool) { ch.check(full, on) }
	if ch.mode == pickMany {
		check.Show()
	} else {
		check.Hide()
	}
	name.Importance = widget.LowImportance
	name.Alignment = widget.ButtonAlignLeading
	switch {
	case e.Folder:
		name.SetText(e.Name + "/  ›")
		name.OnTapped = func() { ch.open(full) }
	case ch.mode == pickMany:
		name.SetText(e.Name)
		name.OnTapped = func() { check.SetChecked(!check.Checked) }
	case ch.mode == pickOne:
		name.SetText(e.Name)
		name.OnTapped = func() { ch.checked = map[string]bool{full: true}; ch.finish() }
	default:
		name.SetText(e.Name)
		name.OnTapped = func() { ch.pattern.SetText(e.Name) }
	}
}

// open shows folder dir.
func (ch *fileChooser) open(dir string) {
	dir = filepath.Clean(dir)
	pattern := ""
	if ch.mode == pickMany {
		pattern = ch.pattern.Text
	}
	entries, err := folderEntries(dir, pattern, ch.exts)
	if err != nil {
		ch.problem.SetText("Cannot list " + dir + ": " + explain(err))
		ch.path.SetText(ch.dir)
		return
	}
	ch.problem.SetText("")
	if dir != ch.dir {
		ch.checked = map[string]bool{}
	}
	ch.dir, ch.entries = dir, entries
	ch.path.SetText(dir)
	ch.list.UnselectAll()
	ch.list.Refresh()
	ch.showCount()
}

// check ticks or unticks one entry.
func (ch *fileChooser) check(full string, on bool) {
	if on {
		ch.checked[full] = true
	} else {
		delete(ch.checked, full)
	}
	ch.showCount()
}

// setAll ticks (or unticks) every entry shown.
func (ch *fileChooser) setAll(on bool) {
	for _, e := range ch.entries {
		ch.check(filepath.Join(ch.dir, e.Name), on)
	}
	ch.list.Refresh()
}

func (ch *fileChooser) showCount() {
	files := 0
	for _, e := range ch.entries {
		if !e.Folder {
			files++
		}
	}
	text := plural(files, "file", "files") + " here"
	if ch.mode == pickMany {
		text += fmt.Sprintf(" · %d chosen", len(ch.checked))
	}
	ch.count.SetText(text)
}

// chosen are the checked paths, sorted.
func (ch *fileChooser) chosen() []string {
	var out []string
	for p := range ch.checked {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// finish hands what was chosen to done and closes the chooser: the ticked
// paths, the file clicked, or the folder and the name typed.
func (ch *fileChooser) finish() {
	paths := ch.chosen()
	switch ch.mode {
	case saveAs:
		name := strings.TrimSpace(ch.pattern.Text)
		if name == "" || strings.ContainsRune(name, filepath.Separator) {
			ch.problem.SetText("Type the file's name (without a folder).")
			return
		}
		paths = []string{filepath.Join(ch.dir, name)}
		if _, err := os.Stat(paths[0]); err == nil && !ch.replaceOK && filepath.Ext(name) != ".newsmark" {
			ch.problem.SetText(name + " exists already: press Save again to replace it, or change the name.")
			ch.replaceOK = true
			return
		}
	case pickOne:
		if len(paths) != 1 {
			ch.problem.SetText("Click the file to open.")
			return
		}
	default:
		if len(paths) == 0 {
			ch.problem.SetText("Tick the files (or folders) to import first, or Select all.")
			return
		}
	}
	if ch.d != nil {
		ch.d.Hide()
	}
	if ch.done != nil {
		ch.done(paths)
	}
}

// show puts the chooser on screen, titled title, with its main button ok.
func (ch *fileChooser) show(title, ok string) {
	m := ch.m
	up := widget.NewButton("Up", func() { ch.open(filepath.Dir(ch.dir)) })
	rows := []fyne.CanvasObject{container.NewBorder(nil, nil, widget.NewLabel("Folder"), up, ch.path)}
	bottom := container.NewVBox(ch.problem)
	switch ch.mode {
	case pickMany:
		rows = append(rows, container.NewBorder(nil, nil, widget.NewLabel("Names"), nil, ch.pattern),
			widget.NewLabel("Offered: "+strings.Join(ch.exts, " ")+", and folders (imported whole)."))
		all := widget.NewButton("Select all", func() { ch.setAll(true) })
		none := widget.NewButton("Select none", func() { ch.setAll(false) })
		bottom.Add(container.NewBorder(nil, nil, container.NewHBox(all, none), nil, ch.count))
	case saveAs:
		bottom.Add(container.NewBorder(nil, nil, widget.NewLabel("Name"), nil, ch.pattern))
	default:
		bottom.Add(ch.count)
	}
	cancel := widget.NewButton("Cancel", func() { ch.d.Hide() })
	main := widget.NewButton(ok, ch.finish)
	main.Importance = widget.HighImportance
	ch.d = dialog.NewCustomWithoutButtons(title, container.NewBorder(container.NewVBox(rows...), bottom, nil, nil, ch.list), m.win)
	ch.d.SetButtons([]fyne.CanvasObject{cancel, main})
	ch.d.Resize(fyne.NewSize(720, 560))
	m.showModal(ch.d, ch.finish, nil)
	// Typing goes to the name (saving) or the folder, replacing it.
	field := ch.path
	if ch.mode == saveAs {
		field = ch.pattern
	}
	m.win.Canvas().Focus(field)
	field.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// importFolder is File › Import folder…: every article in a folder and its
// subfolders; the chooser's folder is imported whole.
func (m *mainWindow) importFolder() {
	if !m.needStore() {
		return
	}
	ch := m.newImportChooser(m.startDir("import"))
	whole := func() {
		ch.checked = map[string]bool{ch.dir: true}
		ch.finish()
	}
	ch.show("Import folder", "Import the ticked")
	ch.d.SetButtons([]fyne.CanvasObject{
		widget.NewButton("Cancel", func() { ch.d.Hide() }),
		widget.NewButton("Import the ticked", ch.finish),
		&widget.Button{Text: "Import this whole folder", Importance: widget.HighImportance, OnTapped: whole},
	})
	m.topModal().enter = whole
}

// importURIs imports files and folders dropped on the window. A project
// file dropped on its own is opened instead.
func (m *mainWindow) importURIs(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) == 1 && strings.EqualFold(filepath.Ext(paths[0]), ".newsmark") {
		m.openProject(paths[0])
		return
	}
	if len(paths) > 0 && m.needStore() {
		m.importPaths(paths)
	}
}

// needStore says whether a project is open, telling the analyst if not.
func (m *mainWindow) needStore() bool {
	if m.ctl.Store() == nil {
		m.showInfo("No project open", "Open or create a project first (File menu).")
		return false
	}
	return true
}

// importPaths imports files and folders with a progress bar and Cancel,
// then says what became of each file that failed.
func (m *mainWindow) importPaths(paths []string) {
	st := m.ctl.Store()
	analyst := m.ctl.Analyst()
	hadDoc := m.ctl.Document() != nil
	var results []ingest.FileResult
	var err error
	m.withProgress("Importing articles", func(ctx context.Context, progress func(done, total int)) {
		m.guard.importing(true)
		defer m.guard.importing(false)
		results, err = ingest.Import(ctx, st, analyst, paths, ingest.Options{Reading: m.guard.Reading}, progress)
	}, func() {
		m.ctl.ReloadDocuments(func() {
			if !hadDoc {
				for _, r := range results {
					if r.Status == ingest.Imported {
						m.ctl.OpenDocument(r.ID)
						break
					}
				}
			}
		})
		m.showImportSummary(results, err)
	})
}

// importSummary says in words what an import did: counts, then each failed
// file with its reason.
func importSummary(results []ingest.FileResult, err error) (headline string, failures []string) {
	imported, dups, failed := ingest.Summarize(results)
	headline = fmt.Sprintf("%s imported, %s already in the project, %d failed.",
		plural(imported, "article", "articles"), plural(dups, "duplicate", "duplicates"), failed)
	switch {
	case errors.Is(err, context.Canceled):
		headline = "Import cancelled. " + headline
	case err != nil:
		headline = "Import stopped: " + explain(err) + ". " + headline
	}
	for _, r := range results {
		if r.Status != ingest.Failed {
			continue
		}
		reason := "unreadable"
		if r.Err != nil {
			reason = r.Err.Error()
		}
		failures = append(failures, r.Path+": "+reason)
	}
	return headline, failures
}

func (m *mainWindow) showImportSummary(results []ingest.FileResult, err error) {
	headline, failures := importSummary(results, err)
	body := container.NewVBox(widget.NewLabel(headline))
	if len(failures) > 0 {
		list := widget.NewLabel(strings.Join(failures, "\n"))
		list.Wrapping = fyne.TextWrapWord
		scroll := container.NewVScroll(list)
		scroll.SetMinSize(fyne.NewSize(560, 200))
		body.Add(widget.NewLabel("Files that could not be imported:"))
		body.Add(scroll)
	}
	m.showModal(dialog.NewCustom("Import", "Close", body, m.win), nil, nil)
}

// progressInterval is how often a progress bar is redrawn at most.
const progressInterval = 50 * time.Millisecond

// throttle lets progress updates through at most once per interval, and
// always the last one. An export reports every document: a hundred
// thousand updates queued for the UI goroutine made it wait on repaints
// and run a hundred times slower.
type throttle struct {
	mu    sync.Mutex
	every time.Duration
	now   func() time.Time
	last  time.Time
}

func newThrottle(every time.Duration, now func() time.Time) *throttle {
	return &throttle{every: every, now: now}
}

// allow says whether the update done of total should be shown.
func (t *throttle) allow(done, total int) bool {
	if total > 0 && done >= total {
		return true
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if !t.last.IsZero() && now.Sub(t.last) < t.every {
		return false
	}
	t.last = now
	return true
}

// withProgress runs work with a progress bar and a Cancel button, through
// the controller's runner, then calls finished on the UI goroutine.
func (m *mainWindow) withProgress(title string, work func(ctx context.Context, progress func(done, total int)), finished func()) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	note := widget.NewLabel("Starting…")
	cancelBtn := widget.NewButton("Cancel", func() {
		note.SetText("Cancelling…")
		cancel()
	})
	d := dialog.NewCustomWithoutButtons(title, container.NewVBox(note, bar, cancelBtn), m.win)
	d.Resize(fyne.NewSize(420, 160))
	m.showModal(d, func() {}, func() { cancelBtn.OnTapped() })
	every := newThrottle(progressInterval, time.Now)
	progress := func(done, total int) {
		if !every.allow(done, total) {
			return
		}
		m.ctl.ui(func() {
			if total > 0 {
				bar.SetValue(float64(done) / float64(total))
			}
			if ctx.Err() == nil {
				note.SetText(count(done) + " of " + count(total))
			}
		})
	}
	m.ctl.run(func() {
		work(ctx, progress)
		m.ctl.ui(func() {
			cancel()
			d.Hide()
			finished()
		})
	})
}

// newProject is File › New project…: a new project file, opened at once
// (with the sample articles, as it is new).
func (m *mainWindow) newProject() {
	m.choosePathToSave("project.newsmark", m.openProject)
}

// choosePathToSave asks where to save, suggesting name (its extension
// says what files the folder listing shows), and hands the path to then.
func (m *mainWindow) choosePathToSave(name string, then func(path string)) {
	ext := strings.ToLower(filepath.Ext(name))
	ch := m.newFileChooser(saveAs, []string{ext}, m.startDir("save"+ext))
	ch.pattern.SetText(name)
	ch.done = func(paths []string) {
		m.app.Preferences().SetString(prefChooserDir+"save"+ext, ch.dir)
		then(paths[0])
	}
	ch.show("Save as", "Save")
}

// chooseProject is File › Open project….
func (m *mainWindow) chooseProject() {
	ch := m.newFileChooser(pickOne, []string{".newsmark", ".db", ".sqlite"}, m.startDir("project"))
	ch.done = func(paths []string) {
		m.app.Preferences().SetString(prefChooserDir+"project", ch.dir)
		m.openProject(paths[0])
	}
	ch.show("Open project", "Open")
}
