package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/search"
)

// facetRows is every search facet and list line of a project, one string
// a row, sorted.
func facetRows(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.inTx(context.Background(), func(tx *txn) error {
		if err := tx.eachRow("SELECT layer, facet, value, doc FROM search_facets", nil, func(r *sql.Rows) error {
			var layer, facet, value string
			var doc int64
			if err := r.Scan(&layer, &facet, &value, &doc); err != nil {
				return err
			}
			out = append(out, fmt.Sprintf("facet %d %s %s=%s", doc, layer, facet, value))
			return nil
		}); err != nil {
			return err
		}
		return tx.eachRow("SELECT doc, layer, status, spans, pending FROM layer_summary", nil, func(r *sql.Rows) error {
			var doc, spans, pending int64
			var layer, status string
			if err := r.Scan(&doc, &layer, &status, &spans, &pending); err != nil {
				return err
			}
			out = append(out, fmt.Sprintf("line %d %s %s %d %d", doc, layer, status, spans, pending))
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestImportedFacetsMatchARebuild imports articles whose annotations take
// every way through the facets (a canonical speaker, a speaker known by
// the words of its mention, accents, a check-worthy claim, pending and
// rejected spans, stances toward new and already stored targets, document
// labels and statuses, coref chains, two said_by links from one statement,
// attributes that are not text) and checks that the facets and list lines
// the import wrote, computed from the import's own operations where it
// can, are the ones read back from the tables from scratch.
func TestImportedFacetsMatchARebuild(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		text := "Ministry speaks\n\nJürgen Weiß said the levy would rise, the ministry's spokeswoman Ana Lucía Pérez added. He repeated it."
		sp := func(id, label string, start, end int, attrs map[string]any, status string) annotate.Span {
			return annotate.Span{ID: id, Label: label, Start: start, End: end, Attrs: attrs, Status: status}
		}
		var docs []*annotate.Document
		var anns []*annotate.Annotations
		add := func(a *annotate.Annotations) {
			n := len(docs)
			docs = append(docs, &annotate.Document{ID: fmt.Sprintf("d%d", n), Text: fmt.Sprintf("%s (%d)", text, n)})
			anns = append(anns, a)
		}
		// A speaker by canonical name and one by the words of its mention.
		add(&annotate.Annotations{
			Spans: []annotate.Span{sp("s1", "STATEMENT", 17, 53, nil, ""), sp("spk1", "SPEAKER", 17, 28, map[string]any{"canonical": "Jürgen Weiß"}, ""),
				sp("s2", "STATEMENT", 55, 103, nil, ""), sp("spk2", "SPEAKER", 82, 97, nil, "")},
			Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}, {Label: annotate.RelSaidBy, Head: "s2", Child: "spk2"}},
			Targets:   []annotate.Target{{ID: "T1", Text: "the levy"}},
			Stances:   []annotate.Stance{{Statement: "s1", Target: "T1", Label: annotate.StanceFavor}, {Statement: "s2", Target: "T1", Label: annotate.StanceAgainst}},
		})
		// The same target by text (stored once), a check-worthy claim, a
		// pending cue and a rejected speaker, status done, a label.
		add(&annotate.Annotations{Status: annotate.StatusDone, DocLabels: map[string]any{"genre": "news"},
			Spans: []annotate.Span{sp("s1", "STATEMENT", 17, 53, nil, annotate.SpanAccepted), sp("c1", "CLAIM", 29, 53, map[string]any{"checkworthy": "yes"}, ""),
				sp("cue1", "CUE", 29, 33, nil, annotate.SpanPending), sp("spk1", "SPEAKER", 17, 28, map[string]any{"canonical": "Jürgen Weiß"}, annotate.SpanRejected)},
			Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
			Targets:   []annotate.Target{{ID: "T7", Text: "the levy"}},
			Stances:   []annotate.Stance{{Statement: "s1", Target: "T7", Label: annotate.StanceNone}},
		})
		// A coref chain: the pronoun takes the name of its antecedent.
		add(&annotate.Annotations{
			Spans: []annotate.Span{sp("s1", "STATEMENT", 105, 120, nil, ""), sp("spk1", "SPEAKER", 17, 28, map[string]any{"canonical": "Jürgen Weiß"}, ""),
				sp("spk2", "SPEAKER", 105, 107, nil, "")},
			Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "spk2"}, {Label: annotate.RelCoref, Head: "spk2", Child: "spk1"}},
		})
		// Two said_by links from one statement (read back from the tables).
		add(&annotate.Annotations{
			Spans:     []annotate.Span{sp("s1", "STATEMENT", 17, 53, nil, ""), sp("spk1", "SPEAKER", 17, 28, nil, ""), sp("spk2", "SPEAKER", 82, 97, nil, "")},
			Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}, {Label: annotate.RelSaidBy, Head: "s1", Child: "spk2"}},
			Targets:   []annotate.Target{{ID: "T2", Text: "rising prices"}},
			Stances:   []annotate.Stance{{Statement: "s1", Target: "T2", Label: annotate.StanceAgainst}},
		})
		// A canonical name that is not text, and one that is empty.
		add(&annotate.Annotations{Spans: []annotate.Span{sp("spk1", "SPEAKER", 17, 28, map[string]any{"canonical": 7.0}, "")}})
		add(&annotate.Annotations{Spans: []annotate.Span{sp("spk1", "SPEAKER", 17, 28, map[string]any{"canonical": ""}, "")}})
		// Only a status, only a label, and nothing at all.
		add(&annotate.Annotations{Status: annotate.StatusInProgress})
		add(&annotate.Annotations{DocLabels: map[string]any{"categories": []any{"economy"}}})
		add(nil)
		// In another analyst's layer.
		add(&annotate.Annotations{Layer: "bo", Spans: []annotate.Span{sp("spk1", "SPEAKER", 82, 97, nil, "")}})

		res, err := s.AddDocuments(ctx, "ana", docs, anns)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
		// A stance toward a target stored by an earlier import, by id.
		more := &annotate.Document{ID: "later", Text: text + " (later)"}
		if _, err := s.AddDocuments(ctx, "ana", []*annotate.Document{more}, []*annotate.Annotations{{
			Spans:   []annotate.Span{sp("s1", "STATEMENT", 17, 53, nil, "")},
			Stances: []annotate.Stance{{Statement: "s1", Target: "T2", Label: annotate.StanceFavor}},
		}}); err != nil {
			t.Fatal(err)
		}

		imported := facetRows(t, s)
		if len(imported) < 20 {
			t.Fatalf("the import wrote only %d facet rows and lines: %q", len(imported), imported)
		}
		if err := s.inTx(ctx, buildFacets); err != nil {
			t.Fatal(err)
		}
		rebuilt := facetRows(t, s)
		if !slices.Equal(imported, rebuilt) {
			a, _ := json.MarshalIndent(imported, "", " ")
			b, _ := json.MarshalIndent(rebuilt, "", " ")
			t.Errorf("the import's facets differ from a rebuild\nimport: %s\nrebuild: %s", a, b)
		}
		for _, want := range []string{"speaker=ana lucia perez", "speaker=jurgen weiß", "checkworthy=yes", "pending=yes", "target=the levy", "speaker=7"} {
			found := false
			for _, row := range imported {
				if len(row) >= len(want) && row[len(row)-len(want):] == want {
					found = true
				}
			}
			if !found {
				t.Errorf("no facet %s among %q", want, imported)
			}
		}
	})
}

// TestImportedRunsFailAsEditsDo imports records whose spans and relations
// go into the tables a run at a time, some of them bad: each bad record
// fails alone with the step an edit would name, the good ones are stored
// whole, a relation given twice is stored (and logged) once, and each
// import event's inverse removes exactly what it added.
func TestImportedRunsFailAsEditsDo(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		text := "Officials said the bridge would reopen in May, a spokesman told reporters."
		span := func(id, label string, start, end int) annotate.Span {
			return annotate.Span{ID: id, Label: label, Start: start, End: end}
		}
		good := func() []annotate.Span {
			return []annotate.Span{span("s1", "STATEMENT", 0, 46), span("spk1", "SPEAKER", 0, 9), span("cue1", "CUE", 10, 14)}
		}
		tests := []struct {
			name    string
			ann     *annotate.Annotations
			wantErr string // "" for a record stored
		}{
			{"good", &annotate.Annotations{Spans: good(), Relations: []annotate.Relation{
				{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}, {Label: annotate.RelCue, Head: "s1", Child: "cue1"},
				{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}}}, ""},
			{"span outside the text", &annotate.Annotations{Spans: append(good(), span("c1", "CLAIM", 50, 500))}, "step 4 (add_span)"},
			{"one id twice", &annotate.Annotations{Spans: append(good(), span("spk1", "SPEAKER", 60, 69))}, "step 4 (add_span)"},
			{"a link to no span", &annotate.Annotations{Spans: good(), Relations: []annotate.Relation{
				{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}, {Label: annotate.RelCue, Head: "s1", Child: "cue9"}}}, "step 5 (add_relation)"},
			{"good again", &annotate.Annotations{Spans: good()}, ""},
		}
		var docs []*annotate.Document
		var anns []*annotate.Annotations
		for i, tc := range tests {
			docs = append(docs, &annotate.Document{ID: fmt.Sprintf("d%d", i), Text: fmt.Sprintf("%s %d", text, i)})
			anns = append(anns, tc.ann)
		}
		res, err := s.AddDocuments(ctx, "ana", docs, anns)
		if err != nil {
			t.Fatal(err)
		}
		for i, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				r := res[i]
				id := fmt.Sprintf("d%d", i)
				_, derr := s.Document(ctx, id)
				switch {
				case tc.wantErr == "" && r.Err != nil:
					t.Fatalf("not stored: %v", r.Err)
				case tc.wantErr != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), tc.wantErr)):
					t.Fatalf("error %v, want one naming %q", r.Err, tc.wantErr)
				case tc.wantErr != "":
					if derr == nil {
						t.Fatalf("the bad record's document was stored")
					}
					return
				}
				a, err := s.Annotations(ctx, id, "ana")
				if err != nil {
					t.Fatal(err)
				}
				if len(a.Spans) != len(tc.ann.Spans) {
					t.Errorf("%d spans stored, want %d", len(a.Spans), len(tc.ann.Spans))
				}
				distinct := map[annotate.Relation]bool{}
				for _, rel := range tc.ann.Relations {
					distinct[annotate.Relation{Label: rel.Label, Head: rel.Head, Child: rel.Child}] = true
				}
				if len(a.Relations) != len(distinct) {
					t.Errorf("%d relations stored, want %d", len(a.Relations), len(distinct))
				}
				evs, err := s.Events(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if len(evs) != 1 || evs[0].Kind != "import" {
					t.Fatalf("events %+v, want one import", evs)
				}
				added, removed := map[string]int{}, map[string]int{}
				for _, op := range evs[0].Ops {
					added[string(op.Kind)]++
				}
				for _, op := range evs[0].Inverse {
					removed[string(op.Kind)]++
				}
				if added["add_span"] != len(tc.ann.Spans) || added["add_relation"] != len(distinct) ||
					removed["delete_span"] != added["add_span"] || removed["delete_relation"] != added["add_relation"] {
					t.Errorf("event adds %v and its inverse removes %v", added, removed)
				}
				for _, op := range evs[0].Ops {
					if op.Kind == annotate.OpAddSpan && (op.Span.Status != annotate.SpanAccepted || op.Span.Source != annotate.SourceManual) {
						t.Errorf("span %s logged with status %q and source %q", op.Span.ID, op.Span.Status, op.Span.Source)
					}
				}
			})
		}
	})
}

// TestABadDocumentRollsBackOnlyItself imports a batch whose documents go
// in without a savepoint each, one of them bad: its slice is rolled back
// and stored again a document at a time, so the good ones before and
// after it are stored once each, with the ids they would have had (made
// unique in order), one import event each, their facets as a rebuild has
// them and their text in the full-text index once.
func TestABadDocumentRollsBackOnlyItself(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		text := "The harbour master said the pier would close in June, a spokeswoman told reporters."
		good := func() *annotate.Annotations {
			return &annotate.Annotations{
				Spans:     []annotate.Span{{ID: "s1", Label: "STATEMENT", Start: 0, End: 52}, {ID: "spk1", Label: "SPEAKER", Start: 0, End: 17}},
				Relations: []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
			}
		}
		bad := &annotate.Annotations{Spans: []annotate.Span{{ID: "c1", Label: "CLAIM", Start: 10, End: 900}}}
		var docs []*annotate.Document
		anns := []*annotate.Annotations{good(), good(), bad, good(), good()}
		for i := range anns {
			docs = append(docs, &annotate.Document{ID: "pier", Text: fmt.Sprintf("%s (%d)", text, i)})
		}
		res, err := s.AddDocuments(ctx, "ana", docs, anns)
		if err != nil {
			t.Fatal(err)
		}
		wantIDs := []string{"pier", "pier-2", "", "pier-3", "pier-4"}
		for i, r := range res {
			if (r.Err != nil) != (i == 2) {
				t.Fatalf("document %d: error %v", i, r.Err)
			}
			if i != 2 && r.ID != wantIDs[i] {
				t.Errorf("document %d stored as %q, want %q", i, r.ID, wantIDs[i])
			}
		}
		for _, id := range wantIDs {
			if id == "" {
				continue
			}
			evs, err := s.Events(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 || evs[0].Kind != "import" {
				t.Errorf("%s: events %+v, want one import", id, evs)
			}
			a, err := s.Annotations(ctx, id, "ana")
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Spans) != 2 || len(a.Relations) != 1 {
				t.Errorf("%s: %d spans and %d relations, want 2 and 1", id, len(a.Spans), len(a.Relations))
			}
			var n int
			if err := s.db.QueryRowContext(ctx, s.d.rebind("SELECT count(*) FROM documents WHERE id = ?"), id).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 1 {
				t.Errorf("%s stored %d times", id, n)
			}
		}
		var docsStored, events int
		if err := s.db.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").Scan(&docsStored, &events); err != nil {
			t.Fatal(err)
		}
		if docsStored != 4 || events != 4 {
			t.Errorf("%d documents and %d events stored, want 4 and 4", docsStored, events)
		}
		q, err := search.Parse("harbour")
		if err != nil {
			t.Fatal(err)
		}
		hits, err := s.Search(ctx, q, "ana")
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 4 {
			t.Errorf("a search for the text finds %q, want the 4 documents stored", hits)
		}
		imported := facetRows(t, s)
		if err := s.inTx(ctx, buildFacets); err != nil {
			t.Fatal(err)
		}
		if rebuilt := facetRows(t, s); !slices.Equal(imported, rebuilt) {
			t.Errorf("the import's facets differ from a rebuild\nimport: %q\nrebuild: %q", imported, rebuilt)
		}
	})
}
