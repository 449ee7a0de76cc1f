package app

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestStartedAgainShowsTheNote: a window started again after its process
// died shows why, in a dialog, in the words the watcher gave.
func TestStartedAgainShowsTheNote(t *testing.T) {
	f := newWinFixture(t)
	note := "Newsmark ran out of memory while importing /data/inflates.zip: that file was not stored; every document stored before it is kept. (The technical report is in /tmp/newsmark-window-report-1.txt.)"
	f.m.guard = Guard{Note: note}
	f.m.showNote()
	got := f.dialogText()
	if !strings.Contains(got, "Newsmark was started again") || !strings.Contains(got, "/data/inflates.zip: that file was not stored") ||
		!strings.Contains(got, "newsmark-window-report-1.txt") {
		t.Errorf("the dialog does not show the note:\n%s", got)
	}
	f.m.modalKey("Return")
	if f.dialogText() != "" {
		t.Error("Enter does not close the note")
	}
}

// TestWindowImportReportsTheFilesItReads: an import from the window tells
// the watcher when it begins and ends and which file it is reading.
func TestWindowImportReportsTheFilesItReads(t *testing.T) {
	f := newWinFixture(t)
	dir := t.TempDir()
	article := filepath.Join(dir, "ferry.txt")
	writeFile(t, article, "Ferry crews vote on new rota\n\nHULL — Ferry crews will vote next week on a rota "+
		"that adds a fourth rest day each month, their union said on Friday.\n")
	var mu sync.Mutex
	var reports []string
	f.m.guard = Guard{
		Reading: func(path string, reading bool) {
			mu.Lock()
			defer mu.Unlock()
			if reading {
				reports = append(reports, "+"+path)
			} else {
				reports = append(reports, "-"+path)
			}
		},
		Importing: func(on bool) {
			mu.Lock()
			defer mu.Unlock()
			reports = append(reports, map[bool]string{true: "[", false: "]"}[on])
		},
	}
	before := len(f.m.ctl.Documents())
	f.m.importPaths([]string{dir})
	mu.Lock()
	defer mu.Unlock()
	if want := []string{"[", "+" + article, "-" + article, "]"}; !slices.Equal(reports, want) {
		t.Errorf("the watcher was told %q, want %q", reports, want)
	}
	if got := len(f.m.ctl.Documents()); got != before+1 {
		t.Errorf("the list has %d documents after importing one, want %d", got, before+1)
	}
}
