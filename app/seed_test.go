package app

import (
	"context"
	sharedtest "newsmark/annotate/reference"
	"path/filepath"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/ingest"
)

func sharedDir(t testing.TB) string { return sharedtest.Dir(t) }

// TestSeedArticleImportAndTag imports the real scraped seed the way an
// analyst would, then tags its spokesman and his reporting verb with the
// keys and links them: the offsets stored must slice the same words out of
// the cleaned text.
func TestSeedArticleImportAndTag(t *testing.T) {
	shared := sharedDir(t)
	f := newWinFixture(t)
	seed := filepath.Join(shared, "seed", "000_d59d86ecf62d787c.txt")
	results, err := ingest.ImportPaths(context.Background(), f.m.ctl.Store(), "ana", []string{seed}, nil)
	if err != nil || len(results) != 1 || results[0].Status != ingest.Imported {
		t.Fatalf("importing the seed: %+v, %v", results, err)
	}
	id := results[0].ID
	f.m.ctl.ReloadDocuments(nil)
	f.m.ctl.OpenDocument(id)
	if strings.Contains(f.m.ctl.Document().Text, "IE 11 is not supported") {
		t.Error("the page junk is still in the cleaned text")
	}
	tests := []struct {
		sub   string
		key   int
		label string
	}{
		{"Dmitry Peskov", 2, annotate.LabelSpeaker},
		{"\"red lines\"", 1, annotate.LabelStatement},
	}
	for _, tt := range tests {
		s := f.tag(tt.sub, tt.key)
		if s.Label != tt.label {
			t.Errorf("%q tagged %s, want %s", tt.sub, s.Label, tt.label)
		}
		var stored *dbSpan
		for _, r := range f.spans(id) {
			if r.ID == s.ID {
				stored = &r
			}
		}
		if stored == nil {
			t.Fatalf("%s is not in SQLite", s.ID)
		}
		if got := annotate.Slice(f.m.ctl.Document().Text, stored.Start, stored.End); got != tt.sub {
			t.Errorf("stored offsets [%d, %d) slice %q, want %q", stored.Start, stored.End, got, tt.sub)
		}
	}
}
