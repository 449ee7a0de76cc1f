package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
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

// articleExtensions are the files Import files… offers.
var articleExtensions = []string{".txt", ".text", ".html", ".htm", ".md", ".markdown", ".json", ".jsonl"}

// importFiles is File › Import files…: one article file (or a JSONL of many).
func (m *mainWindow) importFiles() {
	if !m.needStore() {
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, m.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		m.importPaths([]string{path})
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter(articleExtensions))
	d.Show()
}

// importFolder is File › Import folder…: every article in a folder and its
// subfolders.
func (m *mainWindow) importFolder() {
	if !m.needStore() {
		return
	}
	dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, m.win)
			return
		}
		if u == nil {
			return
		}
		m.importPaths([]string{u.Path()})
	}, m.win)
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
		dialog.ShowInformation("No project open", "Open or create a project first (File menu).", m.win)
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
	dialog.ShowCustom("Import", "Close", body, m.win)
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
	d.Show()
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
			dialog.ShowError(err, m.win)
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
			dialog.ShowError(err, m.win)
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
