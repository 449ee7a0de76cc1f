package store

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"newsmark/annotate"
)

// An event written before the compact log (ops and inverse as JSON text,
// no body) is still read by Events and undone exactly, on both engines,
// beside new events, which keep their operations only in body.
func TestEventLogReadsBothFormsAndUndoesThem(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		id := addDoc(t, s, "quay", "\"The cranes stay,\" the harbour master said on Friday.")
		// An old-form edit, as Newsmark wrote it before: a statement with
		// its speaker and their relation, on ana's undo history.
		span := annotate.Span{ID: "s1", Start: 0, End: 17, Label: annotate.LabelStatement, Source: "manual", Status: "accepted"}
		spk := annotate.Span{ID: "spk1", Start: 18, End: 35, Label: annotate.LabelSpeaker, Source: "manual", Status: "accepted",
			Attrs: map[string]any{"canonical": "harbour master"}}
		rel := annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1", Source: "manual", Status: "accepted"}
		ops := []annotate.Op{{Kind: annotate.OpAddSpan, Span: &span}, {Kind: annotate.OpAddSpan, Span: &spk},
			{Kind: annotate.OpAddRelation, Relation: &rel}}
		inv := []annotate.Op{{Kind: annotate.OpDeleteRelation, Relation: &rel},
			{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: "spk1"}}, {Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: "s1"}}}
		opsJSON, _ := json.Marshal(ops)
		invJSON, _ := json.Marshal(inv)
		err := s.inTx(ctx, func(t *txn) error {
			seq, err := docSeq(t, id)
			if err != nil {
				return err
			}
			for _, q := range []struct {
				sql  string
				args []any
			}{
				{`INSERT INTO spans(doc, layer, id, start, "end", label, attrs, source, status) VALUES (?, 'ana', 's1', 0, 17, 'STATEMENT', '{}', 'manual', 'accepted')`, []any{seq}},
				{`INSERT INTO spans(doc, layer, id, start, "end", label, attrs, source, status) VALUES (?, 'ana', 'spk1', 18, 35, 'SPEAKER', '{"canonical":"harbour master"}', 'manual', 'accepted')`, []any{seq}},
				{`INSERT INTO relations(doc, layer, label, head, child, source, status) VALUES (?, 'ana', 'SAID_BY', 's1', 'spk1', 'manual', 'accepted')`, []any{seq}},
				{"INSERT INTO layers(name, began_at) VALUES ('ana', '') ON CONFLICT DO NOTHING", nil},
			} {
				if _, err := t.exec(q.sql, q.args...); err != nil {
					return err
				}
			}
			var ev int64
			if err := t.queryRow(`INSERT INTO events(at, actor, layer, doc, kind, summary, ops, inverse)
				VALUES (?, 'ana', 'ana', ?, 'edit', 'tag statement', ?, ?) RETURNING id`,
				time.Now().UTC().Format(time.RFC3339Nano), id, string(opsJSON), string(invJSON)).Scan(&ev); err != nil {
				return err
			}
			_, err = t.exec("INSERT INTO history(event, actor, layer) VALUES (?, 'ana', 'ana')", ev)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		// A new edit after it: a claim.
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: id, Summary: "tag claim", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 40, End: 53, Label: annotate.LabelClaim}}}}); err != nil {
			t.Fatal(err)
		}
		var emptyText, withBody int
		if err := s.queryRow(ctx, `SELECT count(*) FILTER (WHERE ops = '' AND inverse = ''), count(body) FROM events WHERE summary = 'tag claim'`).
			Scan(&emptyText, &withBody); err != nil {
			t.Fatal(err)
		}
		if emptyText != 1 || withBody != 1 {
			t.Errorf("the new event: %d with empty ops and inverse, %d with a body; want 1 and 1", emptyText, withBody)
		}
		evs, err := s.Events(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 2 || !reflect.DeepEqual(evs[0].Ops, ops) || !reflect.DeepEqual(evs[0].Inverse, inv) {
			t.Fatalf("events read back: %+v", evs)
		}
		if len(evs[1].Ops) != 2 || evs[1].Ops[0].Span.ID != "c1" || evs[1].Inverse[len(evs[1].Inverse)-1].Span.ID != "c1" {
			t.Fatalf("the new event read back: %+v", evs[1])
		}
		// Undo both (the new, then the old), redo both.
		for range 2 {
			if _, err := s.Undo(ctx, "ana"); err != nil {
				t.Fatal(err)
			}
		}
		if a, _ := s.Annotations(ctx, id, "ana"); len(a.Spans)+len(a.Relations) != 0 || a.Status != annotate.StatusTodo {
			t.Fatalf("after undoing both: %+v", a)
		}
		for range 2 {
			if _, err := s.Redo(ctx, "ana"); err != nil {
				t.Fatal(err)
			}
		}
		a, _ := s.Annotations(ctx, id, "ana")
		if len(a.Spans) != 3 || len(a.Relations) != 1 || a.Spans[1].Attrs["canonical"] != "harbour master" {
			t.Fatalf("after redoing both: %+v", a)
		}
	})
}

// BenchmarkEventLogBytes states the event log's bytes per edit before the
// compact log (ops and inverse as JSON text) and after (body), for an
// analyst's typical edits and for the import of an annotated article.
func BenchmarkEventLogBytes(b *testing.B) {
	s, err := Open(b.TempDir() + "/p.newsmark")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	text := "\"We are moving more boxes than at any time since the pandemic,\" operations chief Inés Okafor told reporters in Gdańsk on Monday."
	for i := 0; i < b.N; i++ {
		for k := 0; k < 20; k++ {
			d := &annotate.Document{ID: fmt.Sprintf("d%d-%d", i, k), Text: fmt.Sprintf("%s (%d-%d)", text, i, k)}
			a := &annotate.Annotations{Targets: []annotate.Target{{ID: "T1", Text: "the port's recovery"}}}
			for j := 0; j < 10; j++ {
				label := []string{annotate.LabelStatement, annotate.LabelSpeaker, annotate.LabelCue}[j%3]
				sp := annotate.Span{ID: fmt.Sprintf("%s%d", annotate.SpanIDPrefix(label), j/3+1), Start: j * 5, End: j*5 + 12, Label: label,
					Annotator: "ana", Source: annotate.SourceManual, Status: annotate.SpanAccepted}
				if label == annotate.LabelSpeaker {
					sp.Attrs = map[string]any{"canonical": "Inés Okafor"}
				}
				a.Spans = append(a.Spans, sp)
			}
			a.Relations = []annotate.Relation{{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}, {Label: annotate.RelCue, Head: "s1", Child: "cue1"}}
			a.Stances = []annotate.Stance{{Statement: "s1", Target: "T1", Label: annotate.StanceFavor}}
			if _, err := s.AddDocuments(ctx, "ana", []*annotate.Document{d}, []*annotate.Annotations{a}); err != nil {
				b.Fatal(err)
			}
			// An analyst's session on it: tag a statement with speaker
			// and cue, set a stance, move an edge, delete a span, undo.
			e, err := s.Apply(ctx, "ben", annotate.Edit{Doc: d.ID, Summary: "tag statement", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 62, Label: annotate.LabelStatement, Attrs: map[string]any{"quote_type": "direct"}}},
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 82, End: 93, Label: annotate.LabelSpeaker, Attrs: map[string]any{"canonical": "Inés Okafor"}}},
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 94, End: 98, Label: annotate.LabelCue}},
				{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
				{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelCue, Head: "s1", Child: "cue1"}}}})
			if err != nil {
				b.Fatal(err)
			}
			sp := *e.Ops[1].Span
			sp.End = 97
			for _, ed := range []annotate.Edit{
				{Doc: d.ID, Summary: "stance", Ops: []annotate.Op{{Kind: annotate.OpSetStance, Stance: &annotate.Stance{Statement: "s1", Target: "T1", Label: annotate.StanceAgainst}}}},
				{Doc: d.ID, Summary: "move edge", Ops: []annotate.Op{{Kind: annotate.OpUpdateSpan, Span: &sp}}},
				{Doc: d.ID, Summary: "delete cue", Ops: []annotate.Op{{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: "cue1"}}}},
			} {
				if _, err := s.Apply(ctx, "ben", ed); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := s.Undo(ctx, "ben"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	rows, err := s.query(ctx, "SELECT kind, body FROM events")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var before, after [2]int // edits, imports
	var n [2]int
	for rows.Next() {
		var kind string
		var body []byte
		if err := rows.Scan(&kind, &body); err != nil {
			b.Fatal(err)
		}
		fwd, inv, err := decodeEventBody(body, "", "")
		if err != nil {
			b.Fatal(err)
		}
		fj, _ := json.Marshal(fwd)
		ij, _ := json.Marshal(inv)
		k := 0
		if kind == "import" {
			k = 1
		}
		before[k] += len(fj) + len(ij)
		after[k] += len(body)
		n[k]++
	}
	b.ReportMetric(float64(before[0])/float64(n[0]), "B/edit-before")
	b.ReportMetric(float64(after[0])/float64(n[0]), "B/edit-after")
	b.ReportMetric(float64(before[1])/float64(n[1]), "B/import-before")
	b.ReportMetric(float64(after[1])/float64(n[1]), "B/import-after")
	b.Logf("operations and inverse per event: analyst edits, undo included (%d): %.0f bytes as JSON text, %.0f compressed; imports of 10 spans, 2 relations, a stance (%d): %.0f, %.0f",
		n[0], float64(before[0])/float64(n[0]), float64(after[0])/float64(n[0]), n[1], float64(before[1])/float64(n[1]), float64(after[1])/float64(n[1]))
}

// An edit that only adds spans and links is logged in the binary form
// (bodyAddsV2) and reads back exactly as the compressed JSON form reads:
// the same operations and the same inverse, whatever the spans hold.
// Anything else, or an inverse that is not the adds' own, keeps the JSON
// form.
func TestEventBodyOfAddsReadsAsTheJSONForm(t *testing.T) {
	spans := []annotate.Span{
		{ID: "s1", Start: 120, End: 180, Label: annotate.LabelStatement, Attrs: map[string]any{"quote_type": "direct"},
			Source: annotate.SourceRules, Status: annotate.SpanPending, Pattern: "said-after-quote", Confidence: 0.8},
		{ID: "spk1", Start: 181, End: 192, Label: annotate.LabelSpeaker, Attrs: map[string]any{"canonical": "Inés Okafor", "n": 3.5, "list": []any{"a", true}},
			Source: annotate.SourceRules, Status: annotate.SpanPending, Pattern: "name-said", Confidence: 0.1 + 0.2},
		{ID: "cue1", Start: 5, End: 5, Label: annotate.LabelCue, Source: annotate.SourceRules, Status: annotate.SpanPending, Attrs: map[string]any{}},
		{ID: "g1", Start: 7, End: 3, Label: "MADE-UP label ✓", Annotator: "ana", Note: "a note\nwith a line", AgreedBy: []string{"ana", "ben"}, Confidence: -2e-300},
		{ID: "", Start: -4, End: 1 << 40, AgreedBy: []string{}},
	}
	rels := []annotate.Relation{
		{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1", Source: annotate.SourceRules, Status: annotate.SpanPending},
		{Label: annotate.RelCue, Head: "s1", Child: "cue1"},
		{Label: "x", Head: "elsewhere", Child: "g1", Source: "s1", Status: "spk1"},
	}
	var ops []annotate.Op
	for i := range spans {
		ops = append(ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &spans[i]})
		if i < len(rels) {
			ops = append(ops, annotate.Op{Kind: annotate.OpAddRelation, Relation: &rels[i]})
		}
	}
	inv := inverseOfAdds(ops)
	tests := []struct {
		name    string
		ops     []annotate.Op
		inverse []annotate.Op
		adds    bool
	}{
		{"spans and links", ops, inv, true},
		{"one span", ops[:1], inverseOfAdds(ops[:1]), true},
		{"one link", ops[1:2], inverseOfAdds(ops[1:2]), true},
		{"inverse in the wrong order", ops[:2], ops[:2], false},
		{"inverse out of step", ops[:2], append([]annotate.Op{inv[len(inv)-1]}, inv[len(inv)-1]), false},
		{"inverse deletes another span", ops[:1], []annotate.Op{{Kind: annotate.OpDeleteSpan, Span: &annotate.Span{ID: "other"}}}, false},
		{"inverse that restores", ops[:1], []annotate.Op{{Kind: annotate.OpDeleteSpan, Span: &spans[0]}}, false},
		{"an update", []annotate.Op{{Kind: annotate.OpUpdateSpan, Span: &spans[0]}}, []annotate.Op{{Kind: annotate.OpUpdateSpan, Span: &spans[1]}}, false},
		{"an add with a value", []annotate.Op{{Kind: annotate.OpAddSpan, Span: &spans[0], Key: "k"}}, inverseOfAdds(ops[:1]), false},
		{"nothing", nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := encodeEventBody(tt.ops, tt.inverse)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(body) > 0 && body[0] == bodyAddsV2; got != tt.adds {
				t.Fatalf("logged in the form of adds: %v, want %v", got, tt.adds)
			}
			fwd, back, err := decodeEventBody(body, "", "")
			if err != nil {
				t.Fatal(err)
			}
			// What the JSON form reads back.
			opsJSON, _ := json.Marshal(tt.ops)
			invJSON, _ := json.Marshal(tt.inverse)
			wantFwd, wantInv, err := decodeEventBody(nil, string(opsJSON), string(invJSON))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fwd, wantFwd) || !reflect.DeepEqual(back, wantInv) {
				f, _ := json.Marshal(fwd)
				b, _ := json.Marshal(back)
				t.Fatalf("read back\n%s\n%s\nwant\n%s\n%s", f, b, opsJSON, invJSON)
			}
		})
	}
	// A body cut anywhere, or with bytes after it, is an error, not a
	// shorter edit.
	body, err := encodeEventBody(ops, inv)
	if err != nil {
		t.Fatal(err)
	}
	// The attributes' JSON the caller made to store the spans gives the
	// same body.
	var attrs []string
	for _, sp := range spans {
		js, _ := json.Marshal(nonNil(sp.Attrs))
		attrs = append(attrs, string(js))
	}
	if given, err := encodeAdds(ops, attrs); err != nil || string(given) != string(body) {
		t.Fatalf("with the attributes' JSON given: %v, %q; want %q", err, given, body)
	}
	for n := 1; n < len(body); n++ {
		if _, _, err := decodeEventBody(body[:n], "", ""); err == nil {
			t.Fatalf("a body cut to %d of %d bytes read without an error", n, len(body))
		}
	}
	if _, _, err := decodeEventBody(append(body, 0), "", ""); err == nil {
		t.Fatal("a body with a byte after it read without an error")
	}
}
