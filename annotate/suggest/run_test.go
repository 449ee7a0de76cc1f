package suggest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"newsmark/annotate"
	"newsmark/store"
)

// quayProject is a project of n short articles with quotes and speakers,
// at path, with nothing in any analyst's layer.
func quayProject(t *testing.T, path string, n int) *store.Store {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs := make([]*annotate.Document, n)
	for i := range docs {
		docs[i] = &annotate.Document{ID: fmt.Sprintf("quay-%d", i), Text: fmt.Sprintf(
			"Quay %d reopens. \"The cranes stay until spring,\" said the harbour master, Ines Alva. \"We will hire %d crews,\" she added.", i, i%7+2)}
	}
	if _, err := st.AddDocuments(context.Background(), "lead", docs, nil); err != nil {
		t.Fatal(err)
	}
	return st
}

// An analyst's edits saved from another connection while suggest --all
// runs get in between its batches' slices: some land after its first
// document's suggestions and before its last, and none fails for the
// lock; every document gets its suggestions.
func TestEditsGetInBetweenSuggestAll(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.newsmark")
	st := quayProject(t, path, 3*runBatch)
	ctx := context.Background()
	window, err := store.Open(path) // the window, in another process
	if err != nil {
		t.Fatal(err)
	}
	defer window.Close()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var editErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := window.Apply(ctx, "ben", annotate.Edit{Doc: "quay-0", Summary: "tag", Ops: []annotate.Op{
				{Kind: annotate.OpSetDocLabel, Key: "n", Value: []byte(fmt.Sprint(i))}}}); err != nil {
				editErr = err
				return
			}
		}
	}()
	added, err := RunAll(ctx, st, "ana", nil)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if editErr != nil {
		t.Fatalf("an edit during suggest --all failed: %v", editErr)
	}
	evs, err := st.Events(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	first, last, suggested := int64(0), int64(0), 0
	for _, ev := range evs {
		if ev.Kind == "suggest" {
			if first == 0 {
				first = ev.ID
			}
			last = ev.ID
			suggested++
		}
	}
	between := 0
	for _, ev := range evs {
		if ev.Kind == "edit" && ev.ID > first && ev.ID < last {
			between++
		}
	}
	if suggested != 3*runBatch || added < suggested {
		t.Errorf("%d documents got suggestions (%d spans); want all %d", suggested, added, 3*runBatch)
	}
	if between == 0 {
		t.Errorf("no edit was saved while suggest --all ran (its events %d to %d)", first, last)
	}
}

// A suggest --all cancelled part way stops, and leaves each document with
// all its suggestions, each with its event, or none.
func TestCancelledSuggestAllLeavesWholeDocuments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.newsmark")
	n := 3 * runBatch
	st := quayProject(t, path, n)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := RunAll(ctx, st, "ana", func(done, total int) {
		if done >= runBatch {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("RunAll cancelled: %v; want context.Canceled", err)
	}
	bg := context.Background()
	evs, err := st.Events(bg, "")
	if err != nil {
		t.Fatal(err)
	}
	logged := map[string]int{}
	for _, ev := range evs {
		if ev.Kind == "suggest" {
			logged[ev.Doc] = len(ev.Ops)
		}
	}
	with := 0
	for i := range n {
		id := fmt.Sprintf("quay-%d", i)
		doc, err := st.Document(bg, id)
		if err != nil {
			t.Fatal(err)
		}
		want := Suggest(doc, nil, Options{Headline: true})
		a, err := st.Annotations(bg, id, "ana")
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case len(a.Spans) == 0 && len(a.Relations) == 0 && logged[id] == 0:
		case len(a.Spans) == len(want.Spans) && len(a.Relations) == len(want.Relations) && logged[id] == len(want.Spans)+len(want.Relations):
			with++
		default:
			t.Errorf("%s: %d spans, %d links, an event of %d operations; want %d and %d with an event, or nothing",
				id, len(a.Spans), len(a.Relations), logged[id], len(want.Spans), len(want.Relations))
		}
	}
	if with < runBatch || with == n {
		t.Errorf("%d of %d documents got suggestions; want the first batch's at least and not all", with, n)
	}
}
