package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"newsmark/annotate"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "p.newsmark"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func addDoc(t testing.TB, s *Store, id, text string) string {
	t.Helper()
	d := &annotate.Document{ID: id, Text: text, Zones: []annotate.Zone{{Zone: annotate.ZoneBody, Start: 0, End: len([]rune(text))}}}
	res, err := s.AddDocuments(context.Background(), "ana", []*annotate.Document{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res[0].ID
}

func TestOpenCreatesOwnerOnlyFileWithPragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "p.newsmark")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("project file mode %v, want 0600", perm)
	}
	ctx := context.Background()
	var mode string
	var fk, sync, timeout, version int
	s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
	s.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
	s.db.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync)
	s.db.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout)
	s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	if mode != "wal" || fk != 1 || sync != 2 || timeout < 1000 || version != SchemaVersion {
		t.Errorf("journal_mode=%s foreign_keys=%d synchronous=%d busy_timeout=%d user_version=%d", mode, fk, sync, timeout, version)
	}
}

func TestMigratesVersion1File(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.newsmark")
	// Write a file as version 1 of Newsmark did: only the first migration.
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	old := &Store{db: db, path: path, d: sqliteDialect{}}
	if err := old.migrate(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO documents(id, title, text, text_sha256, imported_at)
		VALUES ('a', 'Harbour cranes idle', 'Dockers walked out at dawn.', 'x', 'now')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion {
		t.Fatalf("user_version %d after open, want %d", v, SchemaVersion)
	}
	ids, err := find(s, "dockers")
	if err != nil || len(ids) != 1 || ids[0] != "a" {
		t.Fatalf("search in migrated file = %v, %v; want [a]", ids, err)
	}
}

func TestRefusesNewerFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.newsmark")
	db, _ := sql.Open("sqlite3", "file:"+path)
	if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 99", applicationID)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err := Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open of a version-99 file: %v, want ErrNewerSchema", err)
	}
	if want := "update Newsmark"; !contains(err.Error(), want) || !contains(err.Error(), path) {
		t.Errorf("message %q should name the file and say %q", err, want)
	}
}

func contains(s, sub string) bool {
	return len(s) >= len(sub) && (s == sub || len(sub) == 0 || indexOf(s, sub) >= 0)
}
func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestDuplicateAndUniqueIDs(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a := &annotate.Document{ID: "story", Text: "One."}
		b := &annotate.Document{ID: "story", Text: "Two."}
		c := &annotate.Document{ID: "other", Text: "One."}
		res, err := s.AddDocuments(ctx, "ana", []*annotate.Document{a, b, c}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res[0].ID != "story" || res[1].ID != "story-2" || !res[2].Duplicate || res[2].ID != "story" {
			t.Fatalf("results %+v", res)
		}
		docs, _ := s.Documents(ctx, "ana")
		if len(docs) != 2 {
			t.Fatalf("%d documents stored, want 2", len(docs))
		}
	})
}

func TestEditUndoRedoAcrossReopen(t *testing.T) {
	for _, eng := range engines {
		t.Run(eng.name, func(t *testing.T) { editUndoRedoAcrossReopen(t, eng.new(t)) })
	}
}

func editUndoRedoAcrossReopen(t *testing.T, path string) {
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	text := "\"We will rebuild,\" the mayor said."
	id := addDoc(t, s, "flood", text)
	e, err := s.Apply(ctx, "ana", annotate.Edit{Doc: id, Summary: "tag statement with speaker", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 18, Label: annotate.LabelStatement}},
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 19, End: 28, Label: annotate.LabelSpeaker, Attrs: map[string]any{"canonical": "mayor"}}},
		{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if e.Ops[0].Span.ID != "s1" || e.Ops[1].Span.ID != "spk1" {
		t.Fatalf("ids %s %s", e.Ops[0].Span.ID, e.Ops[1].Span.ID)
	}
	if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: id, Summary: "delete statement", Ops: []annotate.Op{
		{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: "s1"}}}}); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Annotations(ctx, id, "ana")
	if len(a.Spans) != 1 || len(a.Relations) != 0 {
		t.Fatalf("after delete: %d spans %d relations", len(a.Spans), len(a.Relations))
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Undo(ctx, "ana"); err != nil {
		t.Fatal(err)
	}
	a, _ = s.Annotations(ctx, id, "ana")
	if len(a.Spans) != 2 || len(a.Relations) != 1 {
		t.Fatalf("after undo of delete: %d spans %d relations, want 2 and 1", len(a.Spans), len(a.Relations))
	}
	if _, err := s.Undo(ctx, "ana"); err != nil {
		t.Fatal(err)
	}
	a, _ = s.Annotations(ctx, id, "ana")
	if len(a.Spans) != 0 {
		t.Fatalf("after second undo: %d spans, want 0", len(a.Spans))
	}
	if _, err := s.Undo(ctx, "ana"); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("third undo: %v", err)
	}
	if _, err := s.Redo(ctx, "ana"); err != nil {
		t.Fatal(err)
	}
	a, _ = s.Annotations(ctx, id, "ana")
	if len(a.Spans) != 2 || len(a.Relations) != 1 || a.Spans[1].Attrs["canonical"] != "mayor" {
		t.Fatalf("after redo: %+v", a)
	}
	// Another analyst's history is their own.
	if _, err := s.Undo(ctx, "ben"); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("ben's undo: %v", err)
	}
	evs, _ := s.Events(ctx, id)
	if len(evs) != 5 {
		t.Fatalf("%d events logged, want 5 (2 edits, 2 undos, 1 redo)", len(evs))
	}
	if _, err := s.db.Exec("DELETE FROM events"); err == nil {
		t.Fatal("the event log accepted a delete")
	}
}

func TestFirstEditStartsDocumentAndUndoRestoresIt(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		id := addDoc(t, s, "levy", "The levy rises in April.")
		status := func() annotate.Status {
			a, err := s.Annotations(ctx, id, "ana")
			if err != nil {
				t.Fatal(err)
			}
			return a.Status
		}
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: id, Summary: "tag", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 4, End: 8, Label: annotate.LabelClaim}}}}); err != nil {
			t.Fatal(err)
		}
		if got := status(); got != annotate.StatusInProgress {
			t.Fatalf("after the first edit the document is %s, want in_progress", got)
		}
		if _, err := s.Undo(ctx, "ana"); err != nil {
			t.Fatal(err)
		}
		if got := status(); got != annotate.StatusTodo {
			t.Fatalf("after undoing the only edit the document is %s, want todo", got)
		}
		// Suggestions neither start a document nor go on an undo stack.
		if _, err := s.ApplySuggestions(ctx, "rules", "ana", annotate.Edit{Doc: id, Summary: "suggest", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 3, Label: annotate.LabelSpeaker, Status: annotate.SpanPending, Source: "rules"}}}}); err != nil {
			t.Fatal(err)
		}
		if got := status(); got != annotate.StatusTodo {
			t.Errorf("suggestions moved the document to %s", got)
		}
		if _, err := s.Undo(ctx, "rules"); !errors.Is(err, ErrNothingToUndo) {
			t.Errorf("suggestions are undoable as an edit: %v", err)
		}
	})
}

func TestUnknownMetaKeysRoundTrip(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		d := &annotate.Document{ID: "m", Text: "Tide tables change.", Meta: annotate.Meta{Title: "Tides", Wire: "AP",
			Extra: map[string]any{"desk": "coast", "priority": float64(2)}}}
		if _, err := s.AddDocuments(ctx, "ana", []*annotate.Document{d}, nil); err != nil {
			t.Fatal(err)
		}
		got, err := s.Document(ctx, "m")
		if err != nil {
			t.Fatal(err)
		}
		if got.Meta.Title != "Tides" || got.Meta.Wire != "AP" || got.Meta.Extra["desk"] != "coast" || got.Meta.Extra["priority"] != float64(2) {
			t.Errorf("meta came back as %+v", got.Meta)
		}
	})
}

func TestSearchTitlesBodiesAndPrefixes(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		docs := []*annotate.Document{
			{ID: "quay", Text: "Quay repairs delayed\n\nThe harbourmaster blamed the winter storms.", Meta: annotate.Meta{Title: "Quay repairs delayed"}},
			{ID: "rail", Text: "Rail fares rise\n\nCommuters in Dunmore will pay more from March.", Meta: annotate.Meta{Title: "Rail fares rise"}},
		}
		if _, err := s.AddDocuments(ctx, "ana", docs, nil); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			query string
			want  []string
		}{
			{"harbourmaster", []string{"quay"}}, // a word only in one body
			{"harbourm", []string{"quay"}},      // half typed
			{"rail fares", []string{"rail"}},
			{"dunmore march", []string{"rail"}},
			{"storms dunmore", nil},
			{`"quoted" (odd) input*`, nil}, // never an SQL syntax error
			{"", nil},
		}
		for _, tt := range tests {
			got, err := find(s, tt.query)
			if err != nil {
				t.Errorf("Search(%q): %v", tt.query, err)
				continue
			}
			if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
		}
	})
}

func TestEveryBatchIsIndexedOnce(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for i, text := range []string{"Lighthouse keepers strike.", "Lighthouse lamps replaced.", "Ferry lighthouse tour."} {
			d := &annotate.Document{ID: fmt.Sprintf("d%d", i), Text: text}
			dup := &annotate.Document{ID: "again", Text: "Lighthouse keepers strike."} // a duplicate in a later batch
			if _, err := s.AddDocuments(ctx, "ana", []*annotate.Document{d, dup}, nil); err != nil {
				t.Fatal(err)
			}
		}
		ids, err := find(s, "lighthouse")
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(ids) != "[d0 d1 d2]" {
			t.Errorf("search found %v, want each of the three documents once", ids)
		}
	})
}

func TestDocumentSummaryFollowsEdits(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		id := addDoc(t, s, "quay", "Quay repairs delayed by storms.")
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: id, Summary: "tag", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 4, Label: annotate.LabelEntity}},
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 5, End: 12, Label: annotate.LabelClaim, Status: annotate.SpanPending}}}}); err != nil {
			t.Fatal(err)
		}
		got, err := s.DocumentSummary(ctx, id, "ana")
		if err != nil {
			t.Fatal(err)
		}
		want := DocSummary{ID: "quay", Title: "Quay repairs delayed by storms.", Status: annotate.StatusInProgress, Spans: 1, Pending: 1}
		if got != want {
			t.Errorf("summary %+v, want %+v", got, want)
		}
		list, _ := s.Documents(ctx, "ana")
		if len(list) != 1 || list[0] != want {
			t.Errorf("the list says %+v, the summary %+v", list, want)
		}
		if _, err := s.DocumentSummary(ctx, "nope", "ana"); !errors.Is(err, ErrNotFound) {
			t.Errorf("summary of a missing document: %v", err)
		}
	})
}
