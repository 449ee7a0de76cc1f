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
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate/ingest"
)

// articleExtensions are the files Import files… offers: what import reads
// (articles, JSONL exports, and the Label Studio .json and brat .zip
// imports).
var articleExtensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".json", ".zip"}

// prefImportDir is the folder Import files… showed last.
const prefImportDir = "import_folder"

// importEntry is one row of the import chooser: a folder or a file import
// reads.
type importEntry struct {
	Name   string
	Folder bool
}

// importEntries lists the folders in dir and the files in it that import
// reads and whose name matches the shell pattern (as in *.html; empty
// means all), folders first, each sorted by name. Hidden entries are left
// out.
func importEntries(dir, pattern string) ([]importEntry, error) {
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
		if !slices.Contains(articleExtensions, strings.ToLower(filepath.Ext(name))) {
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

// importChooser is File › Import files…: a folder's importable files and
// subfolders with a check box each, a name pattern to narrow them, and
// Import for all that are checked. A folder opens on a click on its name;
// checked, it is imported whole.
type importChooser struct {
	m       *mainWindow
	dir     string
	path    *keyEntry
	pattern *keyEntry
	list    *widget.List
	count   *widget.Label
	entries []importEntry
	checked map[string]bool // full paths
	d       *dialog.CustomDialog
	problem *widget.Label
}

// importFiles is File › Import files…: several files (or folders) at once.
func (m *mainWindow) importFiles() {
	if !m.needStore() {
		return
	}
	dir := m.app.Preferences().String(prefImportDir)
	if fi, err := os.Stat(dir); dir == "" || err != nil || !fi.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	m.newImportChooser(dir).show()
}

func (m *mainWindow) newImportChooser(dir string) *importChooser {
	ch := &importChooser{m: m, checked: map[string]bool{}}
	ch.path = m.newKeyEntry()
	ch.path.OnSubmitted = func(p string) { ch.open(p) }
	ch.pattern = m.newKeyEntry()
	ch.pattern.SetPlaceHolder("name pattern, e.g. *.html (empty: all)")
	ch.pattern.OnChanged = func(string) { ch.open(ch.dir) }
	ch.pattern.OnSubmitted = func(string) { ch.importChecked() }
	ch.count = widget.NewLabel("")
	ch.problem = widget.NewLabel("")
	ch.problem.Importance = widget.DangerImportance
	ch.problem.Wrapping = fyne.TextWrapWord
	ch.list = widget.NewList(
		func() int { return len(ch.entries) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewCheck("", nil), nil, widget.NewButton("", nil))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
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
			name.Importance = widget.LowImportance
			name.Alignment = widget.ButtonAlignLeading
			if e.Folder {
				name.SetText(e.Name + "/  ›")
				name.OnTapped = func() { ch.open(full) }
			} else {
				name.SetText(e.Name)
				name.OnTapped = func() { check.SetChecked(!check.Checked) }
			}
		})
	ch.open(dir)
	return ch
}

// open shows folder dir.
func (ch *importChooser) open(dir string) {
	dir = filepath.Clean(dir)
	entries, err := importEntries(dir, ch.pattern.Text)
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
func (ch *importChooser) check(full string, on bool) {
	if on {
		ch.checked[full] = true
	} else {
		delete(ch.checked, full)
	}
	ch.showCount()
}

// setAll ticks (or unticks) every entry shown.
func (ch *importChooser) setAll(on bool) {
	for _, e := range ch.entries {
		ch.check(filepath.Join(ch.dir, e.Name), on)
	}
	ch.list.Refresh()
}

func (ch *importChooser) showCount() {
	files := 0
	for _, e := range ch.entries {
		if !e.Folder {
			files++
		}
	}
	ch.count.SetText(fmt.Sprintf("%s here · %d chosen", plural(files, "file import reads", "files import reads"), len(ch.checked)))
}

// chosen are the checked paths, sorted.
func (ch *importChooser) chosen() []string {
	var out []string
	for p := range ch.checked {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// importChecked imports what is checked and closes the chooser.
func (ch *importChooser) importChecked() {
	paths := ch.chosen()
	if len(paths) == 0 {
		ch.problem.SetText("Tick the files (or folders) to import first, or Select all.")
		return
	}
	ch.m.app.Preferences().SetString(prefImportDir, ch.dir)
	if ch.d != nil {
		ch.d.Hide()
	}
	ch.m.importPaths(paths)
}

func (ch *importChooser) show() {
	m := ch.m
	up := widget.NewButton("Up", func() { ch.open(filepath.Dir(ch.dir)) })
	all := widget.NewButton("Select all", func() { ch.setAll(true) })
	none := widget.NewButton("Select none", func() { ch.setAll(false) })
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel("Folder"), up, ch.path),
		container.NewBorder(nil, nil, widget.NewLabel("Names"), nil, ch.pattern),
		widget.NewLabel("Offered: "+strings.Join(articleExtensions, " ")+", and folders (imported whole)."),
	)
	bottom := container.NewVBox(ch.problem, container.NewBorder(nil, nil, container.NewHBox(all, none), nil, ch.count))
	cancel := widget.NewButton("Cancel", func() { ch.d.Hide() })
	imp := widget.NewButton("Import", ch.importChecked)
	imp.Importance = widget.HighImportance
	ch.d = dialog.NewCustomWithoutButtons("Import files", container.NewBorder(top, bottom, nil, nil, ch.list), m.win)
	ch.d.SetButtons([]fyne.CanvasObject{cancel, imp})
	ch.d.Resize(fyne.NewSize(720, 560))
	m.showModal(ch.d, ch.importChecked, nil)
}

// importFolder is File › Import folder…: every article in a folder and its
// subfolders; the chooser's folder is imported whole with nothing ticked.
func (m *mainWindow) importFolder() {
	if !m.needStore() {
		return
	}
	dir := m.app.Preferences().String(prefImportDir)
	if fi, err := os.Stat(dir); dir == "" || err != nil || !fi.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	ch := m.newImportChooser(dir)
	ch.show()
	ch.d.SetButtons([]fyne.CanvasObject{
		widget.NewButton("Cancel", func() { ch.d.Hide() }),
		widget.NewButton("Import the ticked", ch.importChecked),
		&widget.Button{Text: "Import this whole folder", Importance: widget.HighImportance, OnTapped: func() {
			ch.checked = map[string]bool{ch.dir: true}
			ch.importChecked()
		}},
	})
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
		results, err = ingest.ImportPaths(ctx, st, analyst, paths, progress)
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

// newProject is File › New project…: a new project file, opened at once.
func (m *mainWindow) newProject() {
	// Without the empty file the dialog made, the project counts as just
	// created and gets the sample articles.
	m.choosePathToSave("project.newsmark", m.openProject)
}

// choosePathToSave asks where to save, suggesting name, and hands the path
// to then. Fyne's save dialog creates the file empty; it is removed, as our
// writers create their files themselves.
func (m *mainWindow) choosePathToSave(name string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			m.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		removeIfEmpty(path)
		then(path)
	}, m.win)
	d.SetFileName(name)
	d.Show()
}

// chooseProject is File › Open project….
func (m *mainWindow) chooseProject() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			m.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		m.openProject(path)
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".newsmark", ".db", ".sqlite"}))
	d.Show()
}
