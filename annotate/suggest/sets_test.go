package suggest

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/internal/benchdata"
	"newsmark/store"
)

// suggest --all (RunAll, which stores suggestion sets) and Run over the
// same ids (which stores rows) leave projects that read the same: every
// document's layer, the document list and the suggestion events, for the
// benchmark's articles (the analyst's accepted work, 90-odd suggestions
// each, some linked to the analyst's spans); and the same again after an
// edit of every document (which writes its set as rows) and its undo.
func TestSuggestAllSetsReadAsRows(t *testing.T) {
	const n = 40
	ctx := context.Background()
	dir := t.TempDir()
	open := func(name string) (*store.Store, []string) {
		st, err := store.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		var docs []*annotate.Document
		var anns []*annotate.Annotations
		var ids []string
		for i := range n {
			d, a := benchdata.Article(i)
			docs, anns, ids = append(docs, d), append(anns, a), append(ids, d.ID)
		}
		if _, err := st.AddDocuments(ctx, "ana", docs, anns); err != nil {
			t.Fatal(err)
		}
		return st, ids
	}
	sets, ids := open("sets.newsmark")
	rows, _ := open("rows.newsmark")
	addedSets, err := RunAll(ctx, sets, "ana", nil)
	if err != nil {
		t.Fatal(err)
	}
	addedRows, err := Run(ctx, rows, "ana", ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	if addedSets != addedRows || addedSets == 0 {
		t.Fatalf("suggest --all added %d spans, Run %d", addedSets, addedRows)
	}
	same := func(step string) {
		t.Helper()
		for _, id := range ids {
			a, err := sets.Annotations(ctx, id, "ana")
			if err != nil {
				t.Fatal(err)
			}
			b, err := rows.Annotations(ctx, id, "ana")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("%s, %s: with sets\n%+v\nas rows\n%+v", step, id, a, b)
			}
		}
		la, err := sets.Documents(ctx, "ana")
		if err != nil {
			t.Fatal(err)
		}
		lb, err := rows.Documents(ctx, "ana")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(la, lb) {
			t.Errorf("%s: document lists differ:\n%+v\n%+v", step, la, lb)
		}
		ea, err := sets.Events(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		eb, err := rows.Events(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(ea) != len(eb) {
			t.Fatalf("%s: %d events with sets, %d as rows", step, len(ea), len(eb))
		}
		for i := range ea {
			if !reflect.DeepEqual(ea[i].Ops, eb[i].Ops) || !reflect.DeepEqual(ea[i].Inverse, eb[i].Inverse) || ea[i].Kind != eb[i].Kind {
				t.Fatalf("%s: event %d differs", step, ea[i].ID)
			}
		}
		na, err := sets.CanonicalNames(ctx)
		if err != nil {
			t.Fatal(err)
		}
		nb, err := rows.CanonicalNames(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(na, nb) {
			t.Errorf("%s: canonical names %v with sets, %v as rows", step, na, nb)
		}
	}
	// how many documents' suggestions are kept as sets
	setCount := func() int {
		t.Helper()
		db, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, "sets.newsmark")+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var k int
		if err := db.QueryRow("SELECT count(*) FROM suggest_sets").Scan(&k); err != nil {
			t.Fatal(err)
		}
		return k
	}
	if k := setCount(); k < n/2 {
		t.Fatalf("%d of %d documents' suggestions kept as sets; want most", k, n)
	}
	same("suggested")
	for _, id := range ids {
		a, err := sets.Annotations(ctx, id, "ana")
		if err != nil {
			t.Fatal(err)
		}
		// accept the first pending suggestion, reject the last
		var ops []annotate.Op
		first, last := -1, -1
		for i, sp := range a.Spans {
			if sp.Status == annotate.SpanPending {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 || first == last {
			t.Fatalf("%s: fewer than two pending suggestions", id)
		}
		acc, rej := a.Spans[first], a.Spans[last]
		acc.Status, rej.Status = annotate.SpanAccepted, annotate.SpanRejected
		ops = append(ops, annotate.Op{Kind: annotate.OpUpdateSpan, Span: &acc}, annotate.Op{Kind: annotate.OpUpdateSpan, Span: &rej})
		for _, st := range []*store.Store{sets, rows} {
			if _, err := st.Apply(ctx, "ana", annotate.Edit{Doc: id, Summary: "review", Ops: ops}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if k := setCount(); k != 0 {
		t.Errorf("%d sets left after an edit of every document", k)
	}
	same("reviewed")
	for range 3 {
		for _, st := range []*store.Store{sets, rows} {
			if _, err := st.Undo(ctx, "ana"); err != nil {
				t.Fatal(err)
			}
		}
	}
	same("three undone")
}
