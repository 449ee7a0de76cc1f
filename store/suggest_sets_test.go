package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"

	"newsmark/annotate"
	"newsmark/store/pgtest"
)

// suggestionSetsFixture is a project whose layers "ana" and "ben" hold
// the same work and then the same suggestions, ben's stored as rows
// (StorePreparedSuggestions) and ana's as suggestion sets where they fit
// (StorePreparedSuggestionSets), and the documents' ids.
func suggestionSetsFixture(t *testing.T, s *Store) []string {
	t.Helper()
	ctx := context.Background()
	docs := append(harbourDocs(), []*annotate.Document{
		{ID: "moor", Text: "\"Boats stay in,\" the coastguard said. She said it twice."},
		{ID: "port", Text: "\"Ships wait,\" said the pilot and the harbour master."},
		{ID: "bay", Text: "\"Calm seas,\" the skipper said."},
		{ID: "wharf", Text: "\"Fares must fall,\" the minister said."},
	}...)
	if _, err := s.AddDocuments(ctx, "lead", docs, nil); err != nil {
		t.Fatal(err)
	}
	span := addSpanOp
	before := []annotate.Edit{
		{Doc: "quay", Summary: "tag", Ops: []annotate.Op{
			span("s1", 0, 18, annotate.LabelStatement, nil),
			span("spk1", 24, 42, annotate.LabelSpeaker, map[string]any{"canonical": "Harbour Master"}),
			{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
		}},
		{Doc: "dock", Summary: "tag", Ops: []annotate.Op{span("spk1", 0, 18, annotate.LabelSpeaker, nil)}},
		{Doc: "pier", Summary: "tag", Ops: []annotate.Op{span("s1", 0, 21, annotate.LabelStatement, nil)}},
		{Doc: "levy", Summary: "genre", Ops: []annotate.Op{{Kind: annotate.OpSetDocLabel, Key: "genre", Value: []byte(`"news"`)}}},
		{Doc: "moor", Summary: "tag", Ops: []annotate.Op{span("spk1", 21, 35, annotate.LabelSpeaker, map[string]any{"canonical": "Coastguard"})}},
		{Doc: "port", Summary: "tag", Ops: []annotate.Op{
			span("s1", 0, 12, annotate.LabelStatement, nil),
			span("spk1", 19, 28, annotate.LabelSpeaker, nil),
			{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
		}},
		{Doc: "bay", Summary: "tag", Ops: []annotate.Op{
			span("s1", 0, 12, annotate.LabelStatement, nil),
			span("spk1", 13, 24, annotate.LabelSpeaker, nil),
		}},
	}
	// wharf: an accepted statement with a stance, whose speaker only the
	// suggester finds (the link from the statement names who said it).
	if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: "wharf", Summary: "target", Ops: []annotate.Op{
		{Kind: annotate.OpAddTarget, Target: &annotate.Target{ID: "T1", Text: "the fares"}}}}); err != nil {
		t.Fatal(err)
	}
	before = append(before, annotate.Edit{Doc: "wharf", Summary: "stance", Ops: []annotate.Op{
		span("s1", 0, 18, annotate.LabelStatement, nil),
		{Kind: annotate.OpSetStance, Stance: &annotate.Stance{Statement: "s1", Target: "T1", Label: annotate.StanceFavor}},
	}})
	for _, layer := range []string{"ana", "ben"} {
		for _, e := range before {
			if _, err := s.Apply(ctx, layer, e); err != nil {
				t.Fatal(err)
			}
		}
	}
	pending := func(id string, start, end int, label string, attrs map[string]any) annotate.Op {
		return annotate.Op{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: id, Start: start, End: end, Label: label, Attrs: attrs,
			Status: annotate.SpanPending, Source: annotate.SourceRules, Pattern: "test", Confidence: 0.5}}
	}
	link := func(label, head, child string) annotate.Op {
		return annotate.Op{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: label, Head: head, Child: child,
			Status: annotate.SpanPending, Source: annotate.SourceRules}}
	}
	edits := []annotate.Edit{
		{Doc: "quay", Summary: "suggest", Ops: []annotate.Op{ // a set: a link to a span the layer held
			pending("s2", 44, 58, annotate.LabelStatement, map[string]any{"quote_type": "direct"}),
			pending("spk2", 59, 61, annotate.LabelSpeaker, nil),
			link(annotate.RelSaidBy, "s2", "spk2"),
			link(annotate.RelCoref, "spk2", "spk1"),
			link(annotate.RelSaidBy, "s2", "spk2"),      // again: nothing to do
			pending("c1", 0, 5, annotate.LabelCue, nil), // before s2 in the layer's order
		}},
		{Doc: "levy", Summary: "suggest", Ops: []annotate.Op{ // a set
			pending("s1", 0, 26, annotate.LabelStatement, nil),
			pending("spk1", 27, 40, annotate.LabelSpeaker, map[string]any{"canonical": "Treasurer", "n": 2.5}),
			link(annotate.RelSaidBy, "s1", "spk1"),
		}},
		{Doc: "dock", Summary: "suggest", Ops: []annotate.Op{ // a set: a link from a span the layer held, the facets worked out again
			pending("spk2", 38, 40, annotate.LabelSpeaker, map[string]any{"canonical": "Port Authority"}),
			link(annotate.RelCoref, "spk1", "spk2"),
		}},
		{Doc: "pier", Summary: "suggest", Ops: []annotate.Op{ // fails: an id the layer has
			pending("spk1", 27, 36, annotate.LabelSpeaker, nil),
			pending("s1", 0, 21, annotate.LabelStatement, nil),
		}},
		{Doc: "calm", Summary: "suggest"}, // nothing
		{Doc: "tide", Summary: "suggest", Ops: []annotate.Op{ // a set: no line in the list yet
			pending("s1", 0, 16, annotate.LabelStatement, nil),
			pending("spk1", 17, 30, annotate.LabelSpeaker, nil),
			link(annotate.RelSaidBy, "s1", "spk1"),
		}},
		{Doc: "port", Summary: "suggest", Ops: []annotate.Op{ // rows: s1 would have two speakers
			pending("spk2", 33, 51, annotate.LabelSpeaker, nil),
			link(annotate.RelSaidBy, "s1", "spk2"),
		}},
		{Doc: "bay", Summary: "suggest", Ops: []annotate.Op{ // rows: a link between two spans the layer had
			pending("c1", 25, 29, annotate.LabelCue, nil),
			link(annotate.RelSaidBy, "s1", "spk1"),
		}},
		{Doc: "wharf", Summary: "suggest", Ops: []annotate.Op{ // a set: the statement's speaker found by its words
			pending("spk1", 19, 31, annotate.LabelSpeaker, nil),
			link(annotate.RelSaidBy, "s1", "spk1"),
		}},
		{Doc: "moor", Summary: "suggest", Ops: []annotate.Op{ // a set, sharing a range with the layer's span
			pending("s1", 1, 14, annotate.LabelStatement, nil),
			pending("spk0", 21, 35, annotate.LabelSpeaker, map[string]any{"canonical": "Coastguard"}),
			pending("spk2", 38, 41, annotate.LabelSpeaker, nil),
			link(annotate.RelSaidBy, "s1", "spk0"),
			link(annotate.RelCoref, "spk2", "spk1"),
		}},
	}
	byID := map[string]*annotate.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	// A document that fails sends its group one by one, as rows: pier's
	// goes in a batch of its own, after the others.
	prepare := func(edits []annotate.Edit) []Suggestions {
		out := make([]Suggestions, len(edits))
		for i, e := range edits {
			out[i] = PrepareSuggestions(byID[e.Doc], e)
		}
		return out
	}
	var rowErrs, setErrs []error
	for _, batch := range [][]annotate.Edit{slices.Delete(slices.Clone(edits), 3, 4), edits[3:4]} {
		errs, err := s.StorePreparedSuggestions(ctx, annotate.SourceRules, "ben", prepare(batch))
		if err != nil {
			t.Fatal(err)
		}
		rowErrs = append(rowErrs, errs...)
		if errs, err = s.StorePreparedSuggestionSets(ctx, annotate.SourceRules, "ana", prepare(batch)); err != nil {
			t.Fatal(err)
		}
		setErrs = append(setErrs, errs...)
	}
	edits = append(slices.Delete(slices.Clone(edits), 3, 4), edits[3])
	for i := range edits {
		if (rowErrs[i] == nil) != (setErrs[i] == nil) {
			t.Errorf("%s: as rows %v, as sets %v", edits[i].Doc, rowErrs[i], setErrs[i])
		}
	}
	if setErrs[len(edits)-1] == nil {
		t.Errorf("pier's suggestions were stored over the analyst's span")
	}
	if got, want := suggestionSetDocs(t, s), []string{"dock/ana", "levy/ana", "moor/ana", "quay/ana", "tide/ana", "wharf/ana"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("documents with suggestion sets %v, want %v", got, want)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids
}

// suggestionSetDocs lists doc/layer of every suggestion set.
func suggestionSetDocs(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.query(context.Background(), `SELECT d.id, x.layer FROM suggest_sets x JOIN documents d ON d.seq = x.doc ORDER BY d.id, x.layer`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var doc, layer string
		if err := rows.Scan(&doc, &layer); err != nil {
			t.Fatal(err)
		}
		out = append(out, doc+"/"+layer)
	}
	return out
}

// sameLayers fails t where ana's layer of a document differs from ben's:
// what the window reads (spans, links, stances, labels, status, facets,
// line and suggestion events), what an export reads, and what the
// project's other readers give.
func sameLayers(t *testing.T, s *Store, step string, docs []string) {
	t.Helper()
	ctx := context.Background()
	for _, doc := range docs {
		ana, ben := layerState(t, s, doc, "ana"), layerState(t, s, doc, "ben")
		if !reflect.DeepEqual(ana, ben) {
			t.Errorf("%s, %s: ana's layer (sets)\n%s\nben's (rows)\n%s", step, doc, ana, ben)
		}
		a, err := s.Annotations(ctx, doc, "ana")
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.Annotations(ctx, doc, "ben")
		if err != nil {
			t.Fatal(err)
		}
		a.Layer, b.Layer = "", ""
		blankAnnotators(a)
		blankAnnotators(b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s, %s: Annotations differ:\nana %+v\nben %+v", step, doc, a, b)
		}
	}
	exported := map[string]map[string]*annotate.Annotations{}
	for _, layer := range []string{"ana", "ben"} {
		exported[layer] = map[string]*annotate.Annotations{}
		if err := s.ForEachDocument(ctx, DocFilter{Layer: layer}, func(d *annotate.Document, a *annotate.Annotations) error {
			a.Layer = ""
			blankAnnotators(a)
			exported[layer][d.ID] = a
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(exported["ana"], exported["ben"]) {
		t.Errorf("%s: exports differ", step)
	}
	spans := map[string]map[string][]annotate.Span{}
	for _, layer := range []string{"ana", "ben"} {
		spans[layer] = map[string][]annotate.Span{}
		if err := s.ForEachDocumentSpans(ctx, layer, func(d *annotate.Document, sp []annotate.Span) error {
			sp = append([]annotate.Span(nil), sp...)
			for i := range sp {
				sp[i].Annotator = ""
			}
			spans[layer][d.ID] = sp
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(spans["ana"], spans["ben"]) {
		t.Errorf("%s: ForEachDocumentSpans differ:\nana %+v\nben %+v", step, spans["ana"], spans["ben"])
	}
	if err := s.ForEachDocumentLayers(ctx, func(d *annotate.Document, layers []*annotate.Annotations) error {
		var a, b *annotate.Annotations
		for _, l := range layers {
			c := *l
			c.Layer = ""
			blankAnnotators(&c)
			switch l.Layer {
			case "ana":
				a = &c
			case "ben":
				b = &c
			}
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s, %s: every layer's read differs:\nana %+v\nben %+v", step, d.ID, a, b)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func blankAnnotators(a *annotate.Annotations) {
	a.Spans = append([]annotate.Span(nil), a.Spans...)
	for i := range a.Spans {
		a.Spans[i].Annotator = ""
	}
	a.Stances = append([]annotate.Stance(nil), a.Stances...)
	for i := range a.Stances {
		a.Stances[i].Annotator = ""
	}
}

// A suggest --all's sets read, change, undo, export, copy and merge as the
// same suggestions stored as rows, on both engines: each step is made in
// ana's layer (sets) and ben's (rows), and the two compared after it.
func TestSuggestionSetsReadAndEditAsRows(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		docs := suggestionSetsFixture(t, s)
		sameLayers(t, s, "stored", docs)
		// each step is an edit made by each analyst in their layer, or
		// something else done for each
		steps := []struct {
			name string
			do   func(t *testing.T, layer string) error
		}{
			{"accept", func(t *testing.T, layer string) error {
				a, err := s.Annotations(ctx, "quay", layer)
				if err != nil {
					return err
				}
				for _, sp := range a.Spans {
					if sp.ID == "s2" {
						sp.Status = annotate.SpanAccepted
						_, err = s.Apply(ctx, layer, annotate.Edit{Doc: "quay", Summary: "accept", Ops: []annotate.Op{{Kind: annotate.OpUpdateSpan, Span: &sp}}})
						return err
					}
				}
				return errors.New("no s2 in quay")
			}},
			{"reject", func(t *testing.T, layer string) error {
				a, err := s.Annotations(ctx, "levy", layer)
				if err != nil {
					return err
				}
				sp := a.Spans[1]
				sp.Status = annotate.SpanRejected
				_, err = s.Apply(ctx, layer, annotate.Edit{Doc: "levy", Summary: "reject", Ops: []annotate.Op{{Kind: annotate.OpUpdateSpan, Span: &sp}}})
				return err
			}},
			{"undo the rejection", func(t *testing.T, layer string) error {
				_, err := s.Undo(ctx, layer)
				return err
			}},
			{"redo it", func(t *testing.T, layer string) error {
				_, err := s.Redo(ctx, layer)
				return err
			}},
			{"suggest again where a set is", func(t *testing.T, layer string) error {
				e := annotate.Edit{Doc: "moor", Summary: "suggest", Ops: []annotate.Op{
					{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "c9", Start: 42, End: 45, Label: annotate.LabelCue, Status: annotate.SpanPending, Source: annotate.SourceRules}}}}
				var errs []error
				var err error
				if layer == "ana" {
					errs, err = s.StorePreparedSuggestionSets(ctx, annotate.SourceRules, layer, []Suggestions{PrepareSuggestions(nil, e)})
				} else {
					errs, err = s.StorePreparedSuggestions(ctx, annotate.SourceRules, layer, []Suggestions{PrepareSuggestions(nil, e)})
				}
				if err == nil {
					err = errs[0]
				}
				return err
			}},
			{"tag a new span", func(t *testing.T, layer string) error {
				_, err := s.Apply(ctx, layer, annotate.Edit{Doc: "moor", Summary: "tag", Ops: []annotate.Op{
					{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 15, End: 20, Label: annotate.LabelCue}}}})
				return err
			}},
			{"delete a suggested span with its links", func(t *testing.T, layer string) error {
				_, err := s.Apply(ctx, layer, annotate.Edit{Doc: "moor", Summary: "delete", Ops: []annotate.Op{
					{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: "spk0"}}}})
				return err
			}},
			{"undo the deletion", func(t *testing.T, layer string) error {
				_, err := s.Undo(ctx, layer)
				return err
			}},
			{"accept a speaker its link names", func(t *testing.T, layer string) error {
				a, err := s.Annotations(ctx, "dock", layer)
				if err != nil {
					return err
				}
				for _, sp := range a.Spans {
					if sp.ID == "spk2" {
						sp.Status = annotate.SpanAccepted
						_, err = s.Apply(ctx, layer, annotate.Edit{Doc: "dock", Summary: "accept", Ops: []annotate.Op{{Kind: annotate.OpUpdateSpan, Span: &sp}}})
						return err
					}
				}
				return errors.New("no spk2 in dock")
			}},
			{"status done", func(t *testing.T, layer string) error {
				_, err := s.Apply(ctx, layer, annotate.Edit{Doc: "quay", Summary: "done", Ops: []annotate.Op{{Kind: annotate.OpSetStatus, Status: annotate.StatusDone}}})
				return err
			}},
			{"undo the status", func(t *testing.T, layer string) error {
				_, err := s.Undo(ctx, layer)
				return err
			}},
		}
		for _, step := range steps {
			for _, layer := range []string{"ana", "ben"} {
				if err := step.do(t, layer); err != nil {
					t.Fatalf("%s in %s's layer: %v", step.name, layer, err)
				}
			}
			sameLayers(t, s, step.name, docs)
		}
		// Every set an edit reached is written as rows; tide's and
		// wharf's are still sets (and read the same).
		if got := suggestionSetDocs(t, s); !reflect.DeepEqual(got, []string{"tide/ana", "wharf/ana"}) {
			t.Errorf("suggestion sets left %v, want tide's and wharf's", got)
		}
	})
}

// CanonicalNames, a copy, a merged layer and a hand-out's seeded layer
// give what rows would have given, while the sets are still sets.
func TestSuggestionSetsCopyMergeAndNames(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		docs := suggestionSetsFixture(t, s)
		withSets, err := s.CanonicalNames(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// The project's sets written as rows, one edit each (a document
		// label, then taken back), in a copy of the project.
		copied, err := Open(filepath.Join(t.TempDir(), "copy.newsmark"))
		if err != nil {
			t.Fatal(err)
		}
		defer copied.Close()
		if err := Copy(ctx, s, copied, nil); err != nil {
			t.Fatal(err)
		}
		if got := suggestionSetDocs(t, copied); len(got) != 0 {
			t.Errorf("a copy holds suggestion sets %v; want rows", got)
		}
		sameLayers(t, copied, "copied", docs)
		for _, doc := range docs {
			if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: doc, Summary: "x", Ops: []annotate.Op{{Kind: annotate.OpSetDocLabel, Key: "x", Value: []byte("1")}}}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Undo(ctx, "ana"); err != nil {
				t.Fatal(err)
			}
		}
		rows, err := s.CanonicalNames(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(withSets, rows) {
			t.Errorf("canonical names with sets %v, as rows %v", withSets, rows)
		}
		if cn, err := copied.CanonicalNames(ctx); err != nil || !reflect.DeepEqual(cn, rows) {
			t.Errorf("the copy's canonical names %v (%v), want %v", cn, err, rows)
		}
	})
}

// A merge replacing a layer that has a set, and a hand-out seeding one,
// find the layer as rows would have it.
func TestSuggestionSetsMergeAndSeed(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		docs := suggestionSetsFixture(t, s)
		levy, err := s.Annotations(ctx, "levy", "ana")
		if err != nil {
			t.Fatal(err)
		}
		var seq int64
		if err := s.queryRow(ctx, "SELECT seq FROM documents WHERE id = 'levy'").Scan(&seq); err != nil {
			t.Fatal(err)
		}
		// Seeding a layer that has work (a set) writes nothing; the same
		// work replacing it changes nothing.
		for _, layer := range []string{"ana", "ben"} {
			err := s.Merge(ctx, "lead", func(m *Merger) error {
				a := *levy
				a.Layer = layer
				if wrote, err := m.SeedLayer(seq, "levy", &a); err != nil || wrote {
					return fmt.Errorf("seeding %s's layer: wrote %v, %v", layer, wrote, err)
				}
				if changed, err := m.ReplaceLayer(seq, "levy", &a); err != nil || changed {
					return fmt.Errorf("replacing %s's layer with its own work: changed %v, %v", layer, changed, err)
				}
				b := a
				b.Spans = b.Spans[:1]
				b.Relations = nil
				changed, err := m.ReplaceLayer(seq, "levy", &b)
				if err == nil && !changed {
					err = errors.New("nothing changed")
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		sameLayers(t, s, "merged", docs)
	})
}

// Two writers that find the same set write it once: an edit in each of
// two connections (two processes on a file, two logins on a server).
func TestSuggestionSetRaceWritesItOnce(t *testing.T) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			where := e.new(t)
			s, err := Open(where)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			other, err := Open(where)
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()
			ctx := context.Background()
			docs := suggestionSetsFixture(t, s)
			want := map[string]*annotate.Annotations{}
			for _, doc := range docs {
				a, err := s.Annotations(ctx, doc, "ana")
				if err != nil {
					t.Fatal(err)
				}
				want[doc] = a
			}
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i, st := range []*Store{s, other} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for _, doc := range docs {
						var seq int64
						if err := st.queryRow(ctx, "SELECT seq FROM documents WHERE id = ?", doc).Scan(&seq); err != nil {
							errs[i] = err
							return
						}
						if err := st.inTx(ctx, func(t *txn) error { return materialiseSuggestionSets(t, seq, "ana") }); err != nil {
							errs[i] = err
							return
						}
						if _, err := st.Apply(ctx, "ana", annotate.Edit{Doc: doc, Summary: "label", Ops: []annotate.Op{
							{Kind: annotate.OpSetDocLabel, Key: fmt.Sprint("k", i), Value: []byte("1")}}}); err != nil {
							errs[i] = err
							return
						}
					}
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			if got := suggestionSetDocs(t, s); len(got) != 0 {
				t.Errorf("sets left: %v", got)
			}
			for _, doc := range docs {
				a, err := s.Annotations(ctx, doc, "ana")
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(a.Spans, want[doc].Spans) || !reflect.DeepEqual(a.Relations, want[doc].Relations) {
					t.Errorf("%s after the race:\n%+v\n%+v\nwant\n%+v\n%+v", doc, a.Spans, a.Relations, want[doc].Spans, want[doc].Relations)
				}
			}
		})
	}
}

// A project from before suggestion sets (a file at version 7, a server
// at 4) opens with nothing lost, and takes sets afterwards.
func TestMigratesToSuggestionSets(t *testing.T) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			where := e.new(t)
			s, err := Open(where)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			docs := []*annotate.Document{{ID: "quay", Text: "\"The cranes stay,\" said the harbour master."}}
			if _, err := s.AddDocuments(ctx, "lead", docs, nil); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: "quay", Summary: "tag", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "s1", Start: 0, End: 18, Label: annotate.LabelStatement}}}}); err != nil {
				t.Fatal(err)
			}
			if errs, err := s.StoreSuggestions(ctx, annotate.SourceRules, "ana", []annotate.Edit{{Doc: "quay", Summary: "suggest", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "spk1", Start: 24, End: 42, Label: annotate.LabelSpeaker, Status: annotate.SpanPending}}}}}); err != nil || errs[0] != nil {
				t.Fatal(err, errs)
			}
			before, err := s.Annotations(ctx, "quay", "ana")
			if err != nil {
				t.Fatal(err)
			}
			// back to the version before
			old := []string{"DROP TABLE suggest_sets", "PRAGMA user_version = 7"}
			if s.server != "" {
				old = []string{"DROP TABLE suggest_sets", fmt.Sprintf("UPDATE newsmark_schema SET version = %d", len(pgMigrations)-1)}
			}
			for _, q := range old {
				if _, err := s.db.ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			s, err = Open(where)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			after, err := s.Annotations(ctx, "quay", "ana")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(before, after) {
				t.Errorf("after migrating:\n%+v\nwant\n%+v", after, before)
			}
			e := annotate.Edit{Doc: "quay", Summary: "suggest", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "c1", Start: 19, End: 23, Label: annotate.LabelCue, Status: annotate.SpanPending}}}}
			if errs, err := s.StorePreparedSuggestionSets(ctx, annotate.SourceRules, "ana", []Suggestions{PrepareSuggestions(nil, e)}); err != nil || errs[0] != nil {
				t.Fatal(err, errs)
			}
			if got := suggestionSetDocs(t, s); !reflect.DeepEqual(got, []string{"quay/ana"}) {
				t.Errorf("sets after migrating %v, want quay's", got)
			}
			a, err := s.Annotations(ctx, "quay", "ana")
			if err != nil || len(a.Spans) != 3 {
				t.Errorf("quay after a set: %+v, %v", a, err)
			}
		})
	}
}

// On a team server, a suggestion set the owner stored in ana's layer is
// written as rows by ana's own login at her first edit there, and nobody
// else's login can remove it.
func TestSuggestionSetOnATeamServer(t *testing.T) {
	url := pgtest.NewDatabase(t)
	ctx := context.Background()
	lead, err := Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer lead.Close()
	addDoc(t, lead, "d", "Fares rise by 8% in May, the operator said.")
	if err := lead.AddAnalysts(ctx, []string{"ana", "ben"}, nil); err != nil {
		t.Fatal(err)
	}
	login := func(who string) *Store {
		s, err := Open(pgtest.WithUser(url, who))
		if err != nil {
			t.Fatalf("%s's login: %v", who, err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	ana, ben := login("ana"), login("ben")
	if _, err := ana.Apply(ctx, "ana", tagClaim(0, 23)); err != nil {
		t.Fatal(err)
	}
	e := annotate.Edit{Doc: "d", Summary: "suggest", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "spk1", Start: 29, End: 41, Label: annotate.LabelSpeaker, Status: annotate.SpanPending, Source: annotate.SourceRules}}}}
	if errs, err := lead.StorePreparedSuggestionSets(ctx, annotate.SourceRules, "ana", []Suggestions{PrepareSuggestions(nil, e)}); err != nil || errs[0] != nil {
		t.Fatal(err, errs)
	}
	if got := suggestionSetDocs(t, lead); !reflect.DeepEqual(got, []string{"d/ana"}) {
		t.Fatalf("sets %v, want d's in ana's layer", got)
	}
	want, err := ben.Annotations(ctx, "d", "ana") // read by another login
	if err != nil || len(want.Spans) != 2 {
		t.Fatalf("ana's layer read by ben: %+v, %v; want her claim and the suggestion", want, err)
	}
	if _, err := ben.db.ExecContext(ctx, "DELETE FROM suggest_sets"); err != nil {
		t.Logf("ben deleting sets: %v", err)
	}
	if _, err := ben.Apply(ctx, "ana", tagClaim(25, 42)); !errors.Is(err, ErrForbidden) {
		t.Errorf("ben writing ana's layer: %v, want ErrForbidden", err)
	}
	if got := suggestionSetDocs(t, lead); !reflect.DeepEqual(got, []string{"d/ana"}) {
		t.Fatalf("sets after ben's tries %v, want d's in ana's layer", got)
	}
	if _, err := ana.Apply(ctx, "ana", annotate.Edit{Doc: "d", Summary: "label", Ops: []annotate.Op{{Kind: annotate.OpSetDocLabel, Key: "genre", Value: []byte(`"news"`)}}}); err != nil {
		t.Fatal(err)
	}
	if got := suggestionSetDocs(t, lead); len(got) != 0 {
		t.Errorf("sets after ana's edit %v, want none", got)
	}
	got, err := lead.Annotations(ctx, "d", "ana")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Spans, want.Spans) {
		t.Errorf("ana's spans after her edit %+v, want %+v", got.Spans, want.Spans)
	}
}
