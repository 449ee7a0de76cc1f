package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/search"
	"newsmark/store/pgtest"
)

// find parses text as the filter does and searches ana's layer.
func find(s *Store, text string) ([]string, error) {
	q, err := search.Parse(text)
	if err != nil {
		return nil, err
	}
	return s.Search(context.Background(), q, "ana")
}

// searchFixture stores four articles: a statement by Peskov against NATO
// (ana), one by Inés Okafor in favour of the port plan with a check-worthy
// claim (ana, done), one with only pending suggestions (ana), and one
// where bo tagged Peskov in favour of NATO.
func searchFixture(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	docs := []*annotate.Document{
		{ID: "kremlin", Text: "Kremlin rejects talks\n\nDmitry Peskov said the alliance was a threat, according to a statement from Moscow.", Meta: annotate.Meta{Title: "Kremlin rejects talks"}},
		{ID: "port", Text: "Port plan welcomed\n\nInés Okafor said the new quay would help, according to the harbour board. Traffic rose 12% in Gdańsk.", Meta: annotate.Meta{Title: "Port plan welcomed"}},
		{ID: "levy", Text: "Levy rises\n\nThe council said the levy rises in April. A statement according to plan was read.", Meta: annotate.Meta{Title: "Levy rises"}},
		{ID: "summit", Text: "Summit ends\n\nPeskov told reporters the summit was useful.", Meta: annotate.Meta{Title: "Summit ends"}},
	}
	span := func(id, label string, start, end int, attrs map[string]any) annotate.Span {
		return annotate.Span{ID: id, Label: label, Start: start, End: end, Attrs: attrs, Status: annotate.SpanAccepted, Source: annotate.SourceManual}
	}
	anns := []*annotate.Annotations{
		{Spans: []annotate.Span{span("s1", "STATEMENT", 23, 80, nil), span("p1", "SPEAKER", 23, 36, map[string]any{"canonical": "Dmitry Peskov"})},
			Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "p1"}},
			Targets:   []annotate.Target{{ID: "T1", Text: "NATO"}},
			Stances:   []annotate.Stance{{Statement: "s1", Target: "T1", Label: annotate.StanceAgainst}}},
		{Status: annotate.StatusDone,
			Spans: []annotate.Span{span("s1", "STATEMENT", 20, 60, nil), span("p1", "SPEAKER", 20, 31, nil),
				span("c1", "CLAIM", 87, 104, map[string]any{"checkworthy": "yes"})},
			Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "p1"}},
			Targets:   []annotate.Target{{ID: "T9", Text: "the port plan"}},
			Stances:   []annotate.Stance{{Statement: "s1", Target: "T9", Label: annotate.StanceFavor}}},
		{Spans: []annotate.Span{{ID: "s1", Label: "STATEMENT", Start: 12, End: 40, Status: annotate.SpanPending, Source: "rules"}}},
		{Layer: "bo", Spans: []annotate.Span{span("s1", "STATEMENT", 13, 45, nil), span("p1", "SPEAKER", 13, 19, map[string]any{"canonical": "Peskov"})},
			Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "p1"}},
			Targets:   []annotate.Target{{ID: "T1", Text: "NATO"}},
			Stances:   []annotate.Stance{{Statement: "s1", Target: "T1", Label: annotate.StanceFavor}}},
	}
	res, err := s.AddDocuments(ctx, "ana", docs, anns)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
}

// searchTable is what each query finds in searchFixture, in ana's layer.
var searchTable = []struct{ query, want string }{
	{"peskov", "kremlin summit"},
	{"PESKOV", "kremlin summit"},
	{"ines", "port"},   // accents folded in the text…
	{"gdansk", "port"}, // …both ways
	{"Gdańsk", "port"},
	{"accord", "kremlin port levy"}, // the last word typed may be a prefix
	{"accord ", ""},                 // not once a space follows
	{`"according to a statement"`, "kremlin"},
	{`"statement according"`, "levy"},
	{`"according to the harbour"`, "port"},
	{"-peskov according", "port levy"},
	{`-"according to a statement" statement`, "levy"},
	{"zanzibar", ""},
	{"label:claim", "port"},
	{"label:STATEMENT", "kremlin port"}, // a pending statement is not one
	{"-label:statement", "levy summit"},
	{"speaker:peskov", "kremlin"}, // Peskov in summit is bo's
	{"speaker:\"dmitry  PESKOV\"", "kremlin"},
	{"speaker:\"ines okafor\"", "port"}, // no canonical name: the mention's words, folded
	{"speaker:\"Inés Okafor\"", "port"},
	{"target:nato", "kremlin"},
	{"target:\"The Port Plan\"", "port"},
	{"stance:against", "kremlin"},
	{"stance:favor", "port"},
	{"speaker:Peskov stance:AGAINST", "kremlin"},
	{"speaker:Peskov stance:FAVOR", ""}, // not the same statement
	{"target:NATO stance:favor", ""},
	{"speaker:Peskov stance:AGAINST threat", "kremlin"},
	{"speaker:Peskov stance:AGAINST summit", ""},
	{"status:done", "port"},
	{"status:todo", "kremlin levy summit"},
	{"status:in_progress", ""},
	{"-status:done", "kremlin levy summit"},
	{"pending:yes", "levy"},
	{"pending:no", "kremlin port summit"},
	{"checkworthy:yes", "port"},
	{"checkworthy:yes according", "port"},
	{"analyst:bo", "summit"},
	{"analyst:bo speaker:peskov stance:favor", "summit"},
	{"analyst:bo target:nato peskov", "summit"},
	{"analyst:nobody", ""},
	// Negated words alone and beside filters (each a way of combining
	// the search mirror's set with the server's).
	{"-peskov", "port levy"},
	{"-peskov status:todo", "levy"},
	{"according -status:done", "kremlin levy"},
	{"-peskov -status:done", "levy"},
	{"analyst:bo -kremlin", "summit"},
	{"analyst:bo -peskov", ""},
}

func TestSearchByTextAndAnnotation(t *testing.T) {
	onEachSearchEngine(t, func(t *testing.T, s *Store) {
		searchFixture(t, s)
		m := s.mirror
		for _, tt := range searchTable {
			var before int64
			if m != nil {
				before = m.answered.Load()
			}
			got, err := find(s, tt.query)
			if err != nil {
				t.Errorf("%q: %v", tt.query, err)
				continue
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("%q found %q, want %q", tt.query, strings.Join(got, " "), tt.want)
			}
			if q, _ := search.Parse(tt.query); m != nil && len(q.Terms) > 0 && m.answered.Load() == before {
				t.Errorf("%q: the search mirror did not answer", tt.query)
			}
		}
	})
}

// The facets follow every kind of write: an edit, its undo and redo, a
// suggestion run, accepting a suggestion, adjudication.
func TestSearchFollowsEdits(t *testing.T) {
	onEachSearchEngine(t, func(t *testing.T, s *Store) {
		searchFixture(t, s)
		ctx := context.Background()
		expect := func(query, want string) {
			t.Helper()
			got, err := find(s, query)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, " ") != want {
				t.Errorf("%q found %q, want %q", query, strings.Join(got, " "), want)
			}
		}
		// ana marks the levy claim check-worthy: a claim tagged by hand.
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: "levy", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{ID: "c1", Label: "CLAIM", Start: 12, End: 40, Attrs: map[string]any{"checkworthy": "yes"}}}}}); err != nil {
			t.Fatal(err)
		}
		expect("checkworthy:yes", "port levy")
		expect("status:in_progress", "levy")
		if _, err := s.Undo(ctx, "ana"); err != nil {
			t.Fatal(err)
		}
		expect("checkworthy:yes", "port")
		if _, err := s.Redo(ctx, "ana"); err != nil {
			t.Fatal(err)
		}
		expect("checkworthy:yes", "port levy")
		// Accepting the pending statement.
		acc := annotate.Span{ID: "s1", Label: "STATEMENT", Start: 12, End: 40, Status: annotate.SpanAccepted, Source: "rules"}
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: "levy", Ops: []annotate.Op{{Kind: annotate.OpUpdateSpan, Span: &acc}}}); err != nil {
			t.Fatal(err)
		}
		expect("pending:yes", "")
		expect("label:statement", "kremlin port levy")
		// A suggestion run for the summit in ana's layer.
		if _, err := s.ApplySuggestions(ctx, "rules", "ana", annotate.Edit{Doc: "summit", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{ID: "q1", Label: "CUE", Start: 20, End: 24, Status: annotate.SpanPending, Source: "rules"}}}}); err != nil {
			t.Fatal(err)
		}
		expect("pending:yes", "summit")
		// Adjudication writes gold, which ana's filter does not see.
		if _, err := s.Adjudicate(ctx, "lead", annotate.Edit{Doc: "summit", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{ID: "m1", Label: "MEDIUM", Start: 0, End: 6}}}}); err != nil {
			t.Fatal(err)
		}
		expect("label:medium", "")
		expect("analyst:gold label:medium", "summit")
		// Summaries carry the list's line.
		q, _ := search.Parse("pending:yes")
		sums, err := s.SearchDocuments(ctx, q, "ana")
		if err != nil || len(sums) != 1 || sums[0].ID != "summit" || sums[0].Pending != 1 || sums[0].Title != "Summit ends" {
			t.Errorf("SearchDocuments(pending:yes) = %+v, %v", sums, err)
		}
	})
}

// A project copied to another engine finds the same documents.
func TestSearchAfterCopy(t *testing.T) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			from, err := Open(engines[0].new(t))
			if err != nil {
				t.Fatal(err)
			}
			defer from.Close()
			searchFixture(t, from)
			to, err := Open(e.new(t))
			if err != nil {
				t.Fatal(err)
			}
			defer to.Close()
			if err := Copy(context.Background(), from, to, nil); err != nil {
				t.Fatal(err)
			}
			for _, q := range []string{"speaker:Peskov stance:AGAINST", "checkworthy:yes", "analyst:bo", "pending:yes"} {
				a, _ := find(from, q)
				b, err := find(to, q)
				if err != nil || fmt.Sprint(a) != fmt.Sprint(b) || len(b) == 0 {
					t.Errorf("%q: copy found %v (%v), the original %v", q, b, err, a)
				}
			}
		})
	}
}

// A team project from before the facets (version 2) gets them on open.
func TestServerProjectFromVersion2GetsFacets(t *testing.T) {
	url := pgtest.NewDatabase(t)
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	for _, q := range []string{
		"CREATE TABLE newsmark_schema (version integer NOT NULL)",
		"INSERT INTO newsmark_schema(version) VALUES (2)",
		pgMigrations[0], pgMigrations[1],
		`INSERT INTO documents(id, text, text_sha256, imported_at) VALUES ('levy', 'The levy rises in April.', 'x', 'now')`,
		`INSERT INTO layers(name, began_at) VALUES ('ana', '')`,
		`INSERT INTO spans(doc, layer, id, start, "end", label, attrs) VALUES (1, 'ana', 'c1', 4, 8, 'CLAIM', '{"checkworthy":"yes"}')`,
		`INSERT INTO doc_status(doc, layer, status) VALUES (1, 'ana', 'done')`,
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
	for _, q := range []string{"label:claim", "checkworthy:yes status:done", "analyst:ana levy"} {
		if got, err := find(s, q); err != nil || fmt.Sprint(got) != "[levy]" {
			t.Errorf("%q after migrating: %v, %v; want [levy]", q, got, err)
		}
	}
}

// TestSearchFindsDocumentCommittedAfterALaterSeq: on a team server a
// document's seq is taken at insert, so an import can commit seq 9 after
// another's seq 10 was read into the search's id list. The list then holds
// seq 9 as a gap; a later search that matches it must still return it.
func TestSearchFindsDocumentCommittedAfterALaterSeq(t *testing.T) {
	onEachSearchEngine(t, func(t *testing.T, s *Store) {
		searchFixture(t, s)
		if got, err := find(s, "peskov"); err != nil || strings.Join(got, " ") != "kremlin summit" {
			t.Fatalf("before: %v, %v", got, err)
		}
		var seq int64
		if err := s.read.QueryRow("SELECT seq FROM documents WHERE id = 'kremlin'").Scan(&seq); err != nil {
			t.Fatal(err)
		}
		// What the list would hold had kremlin committed after summit was read.
		s.ids.mu.Lock()
		s.ids.ids[seq] = ""
		s.ids.mu.Unlock()
		if got, err := find(s, "peskov"); err != nil || strings.Join(got, " ") != "kremlin summit" {
			t.Fatalf("after the gap: %v, %v; want kremlin summit", got, err)
		}
		if got, err := find(s, "kremlin"); err != nil || strings.Join(got, " ") != "kremlin" {
			t.Fatalf("the gap is filled for good: %v, %v", got, err)
		}
	})
}
