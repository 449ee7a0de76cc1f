package store

import (
	"context"
	"testing"

	"newsmark/annotate"
)

// SuggestedElsewhere sees the suggester's spans in another layer, kept as
// rows or as a suggestion set, decided or not, and nothing else: not a
// hand-made span, not the asking layer's own suggestions, not another
// document's.
func TestSuggestedElsewhereSeesOnlyTheSuggestersWorkInOtherLayers(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		docs := []*annotate.Document{
			{ID: "rows", Text: "\"Fares rise,\" the operator said."},
			{ID: "set", Text: "\"Boats stay in,\" the coastguard said."},
			{ID: "hand", Text: "\"Calm seas,\" the skipper said."},
		}
		if _, err := s.AddDocuments(ctx, "lead", docs, nil); err != nil {
			t.Fatal(err)
		}
		check := func(when, doc, layer string, want bool) {
			t.Helper()
			got, err := s.SuggestedElsewhere(ctx, doc, layer)
			if err != nil || got != want {
				t.Errorf("%s: SuggestedElsewhere(%s, %s) = %v, %v; want %v", when, doc, layer, got, err, want)
			}
		}
		for _, d := range docs {
			check("nothing suggested yet", d.ID, "ben", false)
		}
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: "hand", Summary: "tag",
			Ops: []annotate.Op{addSpanOp("s1", 0, 12, annotate.LabelStatement, nil)}}); err != nil {
			t.Fatal(err)
		}
		check("a span tagged by hand", "hand", "ben", false)

		pending := func(doc string) annotate.Edit {
			return annotate.Edit{Doc: doc, Summary: "suggest", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: "rs1", Start: 0, End: 12, Label: annotate.LabelStatement,
					Status: annotate.SpanPending, Source: annotate.SourceRules, Pattern: "test", Confidence: 0.5}}}}
		}
		if _, err := s.ApplySuggestions(ctx, "rules", "ana", pending("rows")); err != nil {
			t.Fatal(err)
		}
		if errs, err := s.StorePreparedSuggestionSets(ctx, "rules", "ana", []Suggestions{PrepareSuggestions(docs[1], pending("set"))}); err != nil || errs[0] != nil {
			t.Fatalf("store a suggestion set: %v %v", errs, err)
		}
		check("suggestions as rows in ana's layer", "rows", "ben", true)
		check("a suggestion set in ana's layer", "set", "ben", true)
		check("ana's own suggestions", "rows", "ana", false)
		check("ana's own set", "set", "ana", false)
		check("another document", "hand", "ben", false)

		// ana turns the suggestion down: it was still the suggester's.
		ann, err := s.Annotations(ctx, "rows", "ana")
		if err != nil {
			t.Fatal(err)
		}
		e, err := annotate.RejectSuggestion(ann, "rs1", "ana")
		if err != nil {
			t.Fatal(err)
		}
		e.Doc = "rows"
		if _, err := s.Apply(ctx, "ana", e); err != nil {
			t.Fatal(err)
		}
		check("a rejected suggestion", "rows", "ben", true)
	})
}
