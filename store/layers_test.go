package store

import (
	"context"
	"errors"
	"testing"

	"newsmark/annotate"
)

func tagClaim(start, end int) annotate.Edit {
	return annotate.Edit{Doc: "d", Summary: "tag CLAIM", Ops: []annotate.Op{
		{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: start, End: end, Label: annotate.LabelClaim}}}}
}

// Two analysts tag the same document: each edit lands in its author's
// layer, span ids are numbered per layer, undo takes back only one's own
// edit, and gold is written only through adjudication.
func TestEachAnalystWritesOnlyTheirOwnLayer(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		addDoc(t, s, "d", "Fares rise by 8% in May, the operator said.")
		for _, who := range []string{"ana", "ben"} {
			if e, err := s.Apply(ctx, who, tagClaim(0, 23)); err != nil || e.Ops[0].Span.ID != "c1" {
				t.Fatalf("%s's first claim: %+v, %v; want id c1 in their own layer", who, e, err)
			}
		}
		if _, err := s.Apply(ctx, "ben", tagClaim(25, 42)); err != nil {
			t.Fatal(err)
		}
		spans := func(layer string) int {
			a, err := s.Annotations(ctx, "d", layer)
			if err != nil {
				t.Fatal(err)
			}
			return len(a.Spans)
		}
		if spans("ana") != 1 || spans("ben") != 2 || spans(annotate.LayerGold) != 0 {
			t.Fatalf("spans: ana %d, ben %d, gold %d; want 1, 2, 0", spans("ana"), spans("ben"), spans(annotate.LayerGold))
		}
		if _, err := s.Undo(ctx, "ana"); err != nil {
			t.Fatal(err)
		}
		if spans("ana") != 0 || spans("ben") != 2 {
			t.Fatalf("ana's undo: ana %d, ben %d; want 0, 2", spans("ana"), spans("ben"))
		}
		for _, bad := range []string{"gold", "Gold", "", "a\nb"} {
			if _, err := s.Apply(ctx, bad, tagClaim(0, 5)); !errors.Is(err, ErrBadAnalyst) {
				t.Errorf("an edit as %q: %v, want ErrBadAnalyst", bad, err)
			}
		}
		if _, err := s.Adjudicate(ctx, "cai", tagClaim(0, 23)); err != nil {
			t.Fatal(err)
		}
		if spans(annotate.LayerGold) != 1 || spans("cai") != 0 {
			t.Fatalf("adjudication: gold %d, cai %d; want 1, 0", spans(annotate.LayerGold), spans("cai"))
		}
		// cai's own undo history does not hold the gold edit; the adjudication one does.
		if _, err := s.Undo(ctx, "cai"); !errors.Is(err, ErrNothingToUndo) {
			t.Errorf("cai's own undo: %v, want nothing to undo", err)
		}
		if _, err := s.UndoAdjudication(ctx, "cai"); err != nil || spans(annotate.LayerGold) != 0 {
			t.Errorf("undo of the adjudication: %v, gold has %d spans", err, spans(annotate.LayerGold))
		}
		layers, err := s.Layers(ctx, "d")
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, l := range layers {
			names = append(names, l.Layer)
		}
		// ana and gold have no spans left but have a status: they worked here.
		if want := []string{"ana", "ben", "gold"}; len(names) != 3 || names[0] != want[0] || names[1] != want[1] || names[2] != want[2] {
			t.Errorf("layers of d: %v, want %v", names, want)
		}
	})
}

// A second analyst's file of an article already in the project adds their
// layer; the same file again changes nothing; other work in a layer that
// already has some is a conflict that names the layer; a bad document in a
// batch is reported and the others are stored.
func TestImportedAnnotationsGoToTheirLayer(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		text := "Fares rise by 8% in May, the operator said."
		doc := func() *annotate.Document { return &annotate.Document{ID: "fares", Text: text} }
		claim := func(layer string, start, end int) *annotate.Annotations {
			return &annotate.Annotations{Layer: layer, Spans: []annotate.Span{{ID: "c7", Start: start, End: end, Label: annotate.LabelClaim}}}
		}
		res, err := s.AddDocuments(ctx, "ana", []*annotate.Document{doc()}, []*annotate.Annotations{claim("", 0, 23)})
		if err != nil || res[0].Err != nil || res[0].Layer != "ana" {
			t.Fatalf("first import: %+v, %v", res, err)
		}
		res, err = s.AddDocuments(ctx, "ana", []*annotate.Document{doc()}, []*annotate.Annotations{claim("ben", 0, 16)})
		if err != nil || !res[0].Duplicate || !res[0].AnnotationsAdded || res[0].Layer != "ben" || res[0].ID != "fares" {
			t.Fatalf("ben's file: %+v, %v; want his annotations added to the existing document", res, err)
		}
		res, err = s.AddDocuments(ctx, "ana", []*annotate.Document{doc()}, []*annotate.Annotations{claim("ben", 0, 16)})
		if err != nil || !res[0].Duplicate || res[0].AnnotationsAdded || res[0].Err != nil {
			t.Fatalf("ben's file again: %+v, %v; want a duplicate that changes nothing", res, err)
		}
		res, err = s.AddDocuments(ctx, "ana", []*annotate.Document{doc()}, []*annotate.Annotations{claim("ben", 25, 42)})
		if err != nil || !errors.Is(res[0].Err, ErrLayerConflict) || !contains(res[0].Err.Error(), "ben") {
			t.Fatalf("other work in ben's layer: %+v, %v; want a conflict naming ben", res, err)
		}
		ben, _ := s.Annotations(ctx, "fares", "ben")
		if len(ben.Spans) != 1 || ben.Spans[0].End != 16 {
			t.Errorf("ben's layer after the conflict: %+v", ben.Spans)
		}
		bad := &annotate.Annotations{Spans: []annotate.Span{{ID: "x", Start: 0, End: 4, Label: annotate.LabelClaim, Status: "bogus"}}}
		good := &annotate.Document{ID: "other", Text: "Another article."}
		res, err = s.AddDocuments(ctx, "ana", []*annotate.Document{{ID: "bad", Text: "A bad record."}, good}, []*annotate.Annotations{bad, nil})
		if err != nil || res[0].Err == nil || res[1].Err != nil {
			t.Fatalf("a batch with a bad record: %+v, %v; want the bad one reported and the good one stored", res, err)
		}
		if _, err := s.Document(ctx, "bad"); !errors.Is(err, ErrNotFound) {
			t.Errorf("the bad record was half stored: %v", err)
		}
		if _, err := s.Document(ctx, "other"); err != nil {
			t.Errorf("the good record was not stored: %v", err)
		}
	})
}
