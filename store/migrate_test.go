package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"newsmark/annotate"
)

// copyFixture copies a project file from testdata into a temporary folder,
// so a test can open (and migrate) it.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// v3-two-analysts.newsmark was written by the release before layers
// (schema version 3): two articles imported by root with suggestions; ana
// accepted a statement with its speaker and cue, tagged a claim, set a
// stance and a genre and marked the harbour article done, then tagged an
// entity in the levy article and undid it; ben tagged a claim in the levy
// article. Opening it migrates every annotation into the layer of whoever
// made it (the suggestions to the project's analyst, ana, who made most
// edits), with nothing lost and both undo histories working.
func TestMigratesAProjectFromBeforeLayers(t *testing.T) {
	path := copyFixture(t, "v3-two-analysts.newsmark")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if owner, _, _ := s.Setting(ctx, SettingAnalyst); owner != "ana" {
		t.Errorf("project's analyst %q, want ana (who made most edits)", owner)
	}
	// version 7 says the log may hold the binary form of adds, so builds
	// that cannot read it refuse the file
	if forms, _, _ := s.Setting(ctx, "event_bodies"); forms != "json,adds" {
		t.Errorf("event_bodies %q after migrating, want json,adds", forms)
	}
	count := func(a *annotate.Annotations, status string) int {
		n := 0
		for _, sp := range a.Spans {
			if sp.Status == status {
				n++
			}
		}
		return n
	}
	harbour, err := s.Annotations(ctx, "harbour", "ana")
	if err != nil {
		t.Fatal(err)
	}
	// Accepted: the statement with its speaker and cue, and the claim;
	// pending: the other suggestions.
	if got := [5]int{count(harbour, annotate.SpanAccepted), count(harbour, annotate.SpanPending), len(harbour.Relations), len(harbour.Stances), len(harbour.DocLabels)}; got != [5]int{4, 3, 5, 1, 1} {
		t.Errorf("ana's harbour layer: accepted, pending, relations, stances, labels = %v, want [4 3 5 1 1]", got)
	}
	if harbour.Status != annotate.StatusDone {
		t.Errorf("ana's harbour status %s, want done", harbour.Status)
	}
	levyBen, err := s.Annotations(ctx, "levy", "ben")
	if err != nil {
		t.Fatal(err)
	}
	if len(levyBen.Spans) != 1 || levyBen.Spans[0].Label != annotate.LabelClaim || levyBen.Status != annotate.StatusInProgress {
		t.Errorf("ben's levy layer: %+v, want his one claim, in progress", levyBen)
	}
	levyAna, err := s.Annotations(ctx, "levy", "ana")
	if err != nil {
		t.Fatal(err)
	}
	if count(levyAna, annotate.SpanPending) != 6 || count(levyAna, annotate.SpanAccepted) != 0 {
		t.Errorf("ana's levy layer: %+v, want the 6 pending suggestions", levyAna.Spans)
	}
	// The search facets are built for every layer in the migration.
	for _, tt := range []struct{ query, want string }{
		{"label:claim", "[harbour]"},
		{"pending:yes", "[harbour levy]"},
		{"status:done stance:" + harbour.Stances[0].Label, "[harbour]"},
		{"analyst:ben label:claim", "[levy]"},
		{"analyst:ben status:in_progress", "[levy]"},
	} {
		if got, err := find(s, tt.query); err != nil || fmt.Sprint(got) != tt.want {
			t.Errorf("%q in the migrated project: %v, %v; want %s", tt.query, got, err, tt.want)
		}
	}
	names, err := s.Analysts(ctx)
	if err != nil || len(names) != 2 || names[0] != "ana" || names[1] != "ben" {
		t.Errorf("analysts %v, %v; want [ana ben]", names, err)
	}

	// ana's undone entity comes back with redo, in her layer only.
	e, err := s.Redo(ctx, "ana")
	if err != nil || e.Summary != "tag ENTITY" || e.Doc != "levy" {
		t.Fatalf("ana's redo: %+v, %v; want tag ENTITY in levy", e, err)
	}
	if levyAna, _ = s.Annotations(ctx, "levy", "ana"); count(levyAna, annotate.SpanAccepted) != 1 {
		t.Errorf("after redo ana's levy layer has %d accepted spans, want the entity", count(levyAna, annotate.SpanAccepted))
	}
	if levyBen2, _ := s.Annotations(ctx, "levy", "ben"); len(levyBen2.Spans) != 1 {
		t.Errorf("ana's redo changed ben's layer: %+v", levyBen2.Spans)
	}
	// ben's undo takes back his claim; ana's undo history goes on to her
	// genre label.
	if e, err := s.Undo(ctx, "ben"); err != nil || e.Summary != "tag CLAIM" {
		t.Fatalf("ben's undo: %+v, %v", e, err)
	}
	if levyBen, _ = s.Annotations(ctx, "levy", "ben"); len(levyBen.Spans) != 0 {
		t.Errorf("ben's claim is still there after his undo")
	}
	for _, want := range []string{"tag ENTITY", "done", "genre"} {
		if e, err := s.Undo(ctx, "ana"); err != nil || e.Summary != want {
			t.Fatalf("ana's undo: %+v, %v; want %q", e, err, want)
		}
	}
	if harbour, _ = s.Annotations(ctx, "harbour", "ana"); harbour.Status != annotate.StatusInProgress || len(harbour.DocLabels) != 0 {
		t.Errorf("after undoing done and genre: status %s, labels %v", harbour.Status, harbour.DocLabels)
	}
	events, err := s.Events(ctx, "")
	if err != nil || len(events) != 11+5 {
		t.Errorf("%d events after the migration and five more steps, want 16 (%v)", len(events), err)
	}
	if res, err := s.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Errorf("integrity check: %s, %v", res, err)
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&fk); err != nil || fk != 0 {
		t.Errorf("%d foreign key violations (%v)", fk, err)
	}
}
