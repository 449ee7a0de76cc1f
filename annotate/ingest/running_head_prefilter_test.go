package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunningHeadPrefilterMissesNoHead: mayBeRunningHead only spares
// prose the three running-head expressions; every line they match, in the
// heads below and in every page under testdata and the unseen articles,
// must pass it.
func TestRunningHeadPrefilterMissesNoHead(t *testing.T) {
	lines := []string{
		"14   THE ESTUARY REVIEW", "The Estuary Review    15", "Page 3  The Courier", "p. 12\t\tWEEKEND",
		"THE KELMOUTH LEDGER · Friday 4 June 2027 · Page 12", "THE PAPER | May 2027 | p. 4",
		"THE DALE TIMES, MAY 3, 2027     NEWS 7", "BUSINESS 12     The Dale Times", "SPORT&LEISURE 9  The Times",
	}
	for _, l := range lines {
		if !mayBeRunningHead(l) {
			t.Errorf("%q: a running head the prefilter drops", l)
		}
	}
	for _, prose := range []string{
		"The council said on Monday that the budget would rise by 4 percent.",
		"He scored twice.  The crowd stood.",
		"Figures for 2026 show a fall | a rise",
	} {
		if mayBeRunningHead(prose) {
			t.Errorf("%q: prose let through", prose)
		}
	}
	var files []string
	for _, dir := range []string{"testdata", filepath.Join("..", "suggest", "testdata", "unseen")} {
		for _, ext := range []string{"*.txt", "*.md", "*.html", "*.htm"} {
			m, _ := filepath.Glob(filepath.Join(dir, ext))
			files = append(files, m...)
		}
	}
	if len(files) == 0 {
		t.Fatal("no pages found")
	}
	matched := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			l = strings.TrimRight(l, "\r")
			if reRunningHead.MatchString(l) || reFolioHead.MatchString(l) || reSectionFolioHead.MatchString(l) {
				matched++
				if !mayBeRunningHead(l) {
					t.Errorf("%s: %q matches a running-head expression but not the prefilter", f, l)
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no line of the pages matched a running-head expression: the check proves nothing")
	}
	t.Logf("%d files, %d lines matching a running-head expression, all let through", len(files), matched)
}
