package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver

	"newsmark/annotate"
	"newsmark/store/pgtest"
)

// Documents stored owing suggestions are listed until a batch of
// suggestions settles them, on both engines: a document's suggestions are
// stored whole, one event each; a document with none found is settled all
// the same; a document the batch cannot store fails alone.
func TestSuggestionsOwedAreSettledByTheirBatch(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		docs := []*annotate.Document{
			{ID: "quay", Text: "\"The cranes stay,\" said the harbour master."},
			{ID: "levy", Text: "The levy rises in April."},
		}
		if _, err := s.AddDocumentsWith(ctx, "ana", docs, nil, AddOptions{OweSuggestions: "ana"}); err != nil {
			t.Fatal(err)
		}
		owed, err := s.OwedSuggestions(ctx)
		if err != nil || len(owed["ana"]) != 2 || owed["ana"][0] != "quay" {
			t.Fatalf("owed %v, %v; want quay and levy in ana's layer", owed, err)
		}
		edits := []annotate.Edit{
			{Doc: "quay", Summary: "suggest", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "s1", Start: 0, End: 18, Label: annotate.LabelStatement, Status: annotate.SpanPending, Source: annotate.SourceRules}},
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "spk1", Start: 24, End: 42, Label: annotate.LabelSpeaker, Status: annotate.SpanPending, Source: annotate.SourceRules}},
				{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1", Status: annotate.SpanPending, Source: annotate.SourceRules}},
			}},
			{Doc: "levy", Summary: "suggest"}, // nothing found
			{Doc: "gone", Summary: "suggest", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "s1", Start: 0, End: 3, Label: annotate.LabelStatement}}}},
		}
		errs, err := s.StoreSuggestions(ctx, annotate.SourceRules, "ana", edits)
		if err != nil {
			t.Fatal(err)
		}
		if errs[0] != nil || errs[1] != nil || !errors.Is(errs[2], ErrNotFound) {
			t.Fatalf("per-document errors %v; want the missing document's alone", errs)
		}
		if owed, _ := s.OwedSuggestions(ctx); len(owed) != 0 {
			t.Errorf("still owed: %v", owed)
		}
		a, err := s.Annotations(ctx, "quay", "ana")
		if err != nil || len(a.Spans) != 2 || len(a.Relations) != 1 || a.Status != annotate.StatusTodo {
			t.Fatalf("quay's suggestions: %+v, %v", a, err)
		}
		evs, err := s.Events(ctx, "quay")
		if err != nil || len(evs) != 1 || evs[0].Kind != "suggest" || len(evs[0].Ops) != 3 || len(evs[0].Inverse) != 3 {
			t.Fatalf("quay's events: %+v, %v", evs, err)
		}
		if evs, _ := s.Events(ctx, "levy"); len(evs) != 0 {
			t.Errorf("an event was logged for a document without suggestions: %+v", evs)
		}
		if _, err := s.Undo(ctx, "ana"); !errors.Is(err, ErrNothingToUndo) {
			t.Errorf("suggestions went on the analyst's undo history: %v", err)
		}
	})
}

// A team project made before the compact event log (schema version 1) is
// brought to version 2 when opened, its events read and undone as they
// were written.
func TestServerProjectFromVersion1IsMigrated(t *testing.T) {
	url := pgtest.NewDatabase(t)
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	inv, _ := json.Marshal([]annotate.Op{{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: "c1"}}})
	ops, _ := json.Marshal([]annotate.Op{{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "c1", Start: 4, End: 8, Label: annotate.LabelClaim,
		Source: "manual", Status: "accepted"}}})
	for _, q := range []string{
		"CREATE TABLE newsmark_schema (version integer NOT NULL)",
		"INSERT INTO newsmark_schema(version) VALUES (1)",
		pgMigrations[0],
		`INSERT INTO documents(id, text, text_sha256, imported_at) VALUES ('levy', 'The levy rises in April.', 'x', 'now')`,
		`INSERT INTO layers(name, began_at) VALUES ('ana', '')`,
		`INSERT INTO spans(doc, layer, id, start, "end", label) VALUES (1, 'ana', 'c1', 4, 8, 'CLAIM')`,
		`INSERT INTO events(at, actor, layer, doc, kind, summary, ops, inverse) VALUES ('2026-01-01T00:00:00Z', 'ana', 'ana', 'levy', 'edit', 'tag', '` + string(ops) + `', '` + string(inv) + `')`,
		`INSERT INTO history(event, actor, layer) VALUES (1, 'ana', 'ana')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	s, err := Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := s.queryRow(ctx, "SELECT version FROM newsmark_schema").Scan(&v); err != nil || v != len(pgMigrations) {
		t.Fatalf("version %d (%v), want %d", v, err, len(pgMigrations))
	}
	evs, err := s.Events(ctx, "levy")
	if err != nil || len(evs) != 1 || evs[0].Ops[0].Span.ID != "c1" {
		t.Fatalf("the old event: %+v, %v", evs, err)
	}
	if _, err := s.Undo(ctx, "ana"); err != nil {
		t.Fatal(err)
	}
	if a, _ := s.Annotations(ctx, "levy", "ana"); len(a.Spans) != 0 {
		t.Errorf("after undoing the old event: %+v", a.Spans)
	}
	if _, err := s.AddDocumentsWith(ctx, "ana", []*annotate.Document{{ID: "quay", Text: "Cranes idle."}}, nil, AddOptions{OweSuggestions: "ana"}); err != nil {
		t.Fatal(err)
	}
	if owed, _ := s.OwedSuggestions(ctx); len(owed["ana"]) != 1 {
		t.Errorf("owed after the migration: %v", owed)
	}
}
