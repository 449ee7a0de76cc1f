package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"newsmark/annotate"
)

// A batch of suggestions stored by StoreSuggestions (documents in groups,
// the search facets and list lines brought up to date without reading
// the layer back) leaves the same layer, search facets, document lines and
// event log as the same suggestions stored one document at a time by
// ApplySuggestions, on both engines: for a layer that held spans, for an
// empty one, for a link from a span the layer held (which can change what
// the layer is found by), and a document whose suggestions cannot all be
// stored fails alone, leaving none of them.
func TestStoreSuggestionsMatchesOneDocumentAtATime(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		docs := harbourDocs()
		if _, err := s.AddDocuments(ctx, "lead", docs, nil); err != nil {
			t.Fatal(err)
		}
		accepted := addSpanOp
		// What each analyst's layer held before the suggester ran: the same
		// in ana's (StoreSuggestions) and ben's (ApplySuggestions).
		before := []annotate.Edit{
			{Doc: "quay", Summary: "tag", Ops: []annotate.Op{
				accepted("s1", 0, 18, annotate.LabelStatement, nil),
				accepted("spk1", 24, 42, annotate.LabelSpeaker, map[string]any{"canonical": "Harbour Master"}),
				{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
			}},
			{Doc: "dock", Summary: "tag", Ops: []annotate.Op{accepted("spk1", 0, 18, annotate.LabelSpeaker, nil)}},
			{Doc: "pier", Summary: "tag", Ops: []annotate.Op{accepted("s1", 0, 21, annotate.LabelStatement, nil)}},
		}
		for _, layer := range []string{"ana", "ben", "cai"} {
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
		manual := func(op annotate.Op) annotate.Op {
			op.Span.Source, op.Span.Note = "", "checked by hand"
			return op
		}
		link := func(label, head, child string) annotate.Op {
			return annotate.Op{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: label, Head: head, Child: child,
				Status: annotate.SpanPending, Source: annotate.SourceRules}}
		}
		edits := []annotate.Edit{
			{Doc: "quay", Summary: "suggest", Ops: []annotate.Op{
				pending("s2", 44, 58, annotate.LabelStatement, map[string]any{"quote_type": "direct"}),
				pending("spk2", 59, 61, annotate.LabelSpeaker, nil),
				link(annotate.RelSaidBy, "s2", "spk2"),
				link(annotate.RelCoref, "spk2", "spk1"), // to a span the layer held
				link(annotate.RelSaidBy, "s2", "spk2"),  // again: nothing to do
			}},
			{Doc: "levy", Summary: "suggest", Ops: []annotate.Op{
				pending("s1", 0, 26, annotate.LabelStatement, nil),
				manual(pending("spk1", 27, 40, annotate.LabelSpeaker, nil)), // rows that differ in a shared column
				link(annotate.RelSaidBy, "s1", "spk1"),
			}},
			{Doc: "dock", Summary: "suggest", Ops: []annotate.Op{
				pending("spk2", 38, 40, annotate.LabelSpeaker, map[string]any{"canonical": "Port Authority"}),
				// from a span the layer held: its canonical name now follows
				// the link, so the facets are worked out again
				link(annotate.RelCoref, "spk1", "spk2"),
			}},
			{Doc: "pier", Summary: "suggest", Ops: []annotate.Op{
				pending("spk1", 27, 36, annotate.LabelSpeaker, nil),
				pending("s1", 0, 21, annotate.LabelStatement, nil), // the analyst's already
			}},
			{Doc: "calm", Summary: "suggest"},
			{Doc: "tide", Summary: "suggest", Ops: []annotate.Op{
				pending("s1", 0, 16, annotate.LabelStatement, nil),
				link(annotate.RelSaidBy, "s1", "spk1"), // before its speaker is added
				pending("spk1", 17, 30, annotate.LabelSpeaker, nil),
			}},
		}
		errs, err := s.StoreSuggestions(ctx, annotate.SourceRules, "ana", edits)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range edits {
			_, want := s.ApplySuggestions(ctx, annotate.SourceRules, "ben", e)
			if len(e.Ops) == 0 {
				want = nil // ApplySuggestions has nothing to store
			}
			if (errs[i] == nil) != (want == nil) {
				t.Errorf("%s: StoreSuggestions said %v, ApplySuggestions %v", e.Doc, errs[i], want)
			}
		}
		if errs[3] == nil || errs[5] == nil {
			t.Errorf("pier's suggestions were stored over the analyst's span, or tide's with a link before its span: %v", errs)
		}
		// Made ready with the documents (their text's hash and length)
		// in cai's layer.
		byID := map[string]*annotate.Document{}
		for _, d := range docs {
			byID[d.ID] = d
		}
		prepared := make([]Suggestions, len(edits))
		for i, e := range edits {
			prepared[i] = PrepareSuggestions(byID[e.Doc], e)
		}
		caiErrs, err := s.StorePreparedSuggestions(ctx, annotate.SourceRules, "cai", prepared)
		if err != nil {
			t.Fatal(err)
		}
		for i := range errs {
			if (errs[i] == nil) != (caiErrs[i] == nil) {
				t.Errorf("%s: StoreSuggestions said %v, StorePreparedSuggestions %v", edits[i].Doc, errs[i], caiErrs[i])
			}
		}
		for _, d := range docs {
			ben := layerState(t, s, d.ID, "ben")
			for _, layer := range []string{"ana", "cai"} {
				if got := layerState(t, s, d.ID, layer); !reflect.DeepEqual(got, ben) {
					t.Errorf("%s: stored in a batch in %s's layer:\n%s\none at a time:\n%s", d.ID, layer, got, ben)
				}
			}
		}
		// A text that is not the document's is not trusted for its length:
		// a span past the end of levy's text fails, and nothing is stored.
		long := &annotate.Document{ID: "levy", Text: docs[1].Text + " And then some more words after it."}
		e := annotate.Edit{Doc: "levy", Summary: "suggest", Ops: []annotate.Op{pending("s9", 0, 60, annotate.LabelStatement, nil)}}
		if errs, err := s.StorePreparedSuggestions(ctx, annotate.SourceRules, "dan", []Suggestions{PrepareSuggestions(long, e)}); err != nil || errs[0] == nil {
			t.Errorf("a span past the text's end was stored: %v, %v", errs, err)
		}
		a, err := s.Annotations(ctx, "pier", "ana")
		if err != nil || len(a.Spans) != 1 {
			t.Errorf("pier: %d spans, %v; want the analyst's alone", len(a.Spans), err)
		}
		if facets := layerState(t, s, "dock", "ana").facets; !slices.Contains(facets, "pending=yes") || !slices.Contains(facets, "speaker=port authority") {
			t.Errorf("dock's facets %v; want the speaker found by the name its link gives it", facets)
		}
	})
}

// layerView is what a layer holds of a document and what it is found by.
type layerView struct {
	ann    annotate.Annotations
	facets []string
	line   string
	events []string
}

func (v layerView) String() string {
	return fmt.Sprintf("spans %+v\nrelations %+v\nfacets %v\nline %s\nevents %v", v.ann.Spans, v.ann.Relations, v.facets, v.line, v.events)
}

func layerState(t *testing.T, s *Store, doc, layer string) layerView {
	t.Helper()
	ctx := context.Background()
	var v layerView
	a, err := s.Annotations(ctx, doc, layer)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Spans {
		a.Spans[i].Annotator = "" // who tagged: ana or ben
	}
	v.ann = annotate.Annotations{Spans: a.Spans, Relations: a.Relations}
	rows, err := s.query(ctx, `SELECT f.facet, f.value FROM search_facets f JOIN documents d ON d.seq = f.doc
		WHERE d.id = ? AND f.layer = ? ORDER BY 1, 2`, doc, layer)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var f, val string
		if err := rows.Scan(&f, &val); err != nil {
			t.Fatal(err)
		}
		v.facets = append(v.facets, f+"="+val)
	}
	rows.Close()
	var status string
	var spans, pending int
	err = s.queryRow(ctx, `SELECT l.status, l.spans, l.pending FROM layer_summary l JOIN documents d ON d.seq = l.doc
		WHERE d.id = ? AND l.layer = ?`, doc, layer).Scan(&status, &spans, &pending)
	if err == nil {
		v.line = fmt.Sprintf("%s, %d spans, %d pending", status, spans, pending)
	} else if !errors.Is(err, sql.ErrNoRows) {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Layer != layer || e.Kind != "suggest" {
			continue
		}
		v.events = append(v.events, fmt.Sprintf("%s by %s: %s / undone by %s", e.Summary, e.Actor, opsText(e.Ops), opsText(e.Inverse)))
	}
	return v
}

func opsText(ops []annotate.Op) string {
	out := ""
	for _, op := range ops {
		switch {
		case op.Span != nil:
			sp := *op.Span
			sp.Annotator = ""
			out += fmt.Sprintf("[%s %+v]", op.Kind, sp)
		case op.Relation != nil:
			out += fmt.Sprintf("[%s %+v]", op.Kind, *op.Relation)
		default:
			out += fmt.Sprintf("[%s]", op.Kind)
		}
	}
	return out
}

// harbourDocs are six short articles the suggestion-storing tests share:
// quotations with named, described and pronoun speakers, and one with none.
func harbourDocs() []*annotate.Document {
	return []*annotate.Document{
		{ID: "quay", Text: "\"The cranes stay,\" said the harbour master. \"We will hire,\" he added."},
		{ID: "levy", Text: "\"The levy rises in April,\" the treasurer said."},
		{ID: "dock", Text: "The port authority spoke. \"Ships wait,\" it said."},
		{ID: "pier", Text: "\"The pier is closed,\" said the mayor."},
		{ID: "calm", Text: "Nothing was said today."},
		{ID: "tide", Text: "\"High at noon,\" the almanac says."},
	}
}

// addSpanOp adds a span with the given range, label and attributes.
func addSpanOp(id string, start, end int, label string, attrs map[string]any) annotate.Op {
	return annotate.Op{Kind: annotate.OpAddSpan, Span: &annotate.Span{ID: id, Start: start, End: end, Label: label, Attrs: attrs}}
}
