package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"newsmark/annotate"
)

// A whole-project read (an export) must not hold the write lock: an analyst
// keeps tagging while it runs, and their edits are saved at once. The read
// itself sees the project as it was when it began.
func TestEditsAreSavedWhileAProjectIsRead(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	ids := addDocs(t, s, 3, "\"Prices will fall,\" minister %d said.")
	statement := func(doc string) annotate.Edit {
		return annotate.Edit{Doc: doc, Summary: "tag statement", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 18, Label: annotate.LabelStatement}}}}
	}
	visited := 0
	err := s.ForEachDocument(ctx, DocFilter{Layer: "ana"}, func(d *annotate.Document, a *annotate.Annotations) error {
		if len(a.Spans) != 0 {
			t.Errorf("%s: the read saw %d spans tagged after it began", d.ID, len(a.Spans))
		}
		if visited == 0 {
			start := time.Now()
			for _, id := range ids {
				if _, err := s.Apply(ctx, "ana", statement(id)); err != nil {
					return fmt.Errorf("edit during the read: %w", err)
				}
			}
			// The busy timeout is 10 s: an edit waiting for a lock the read
			// holds would take that long and then fail.
			if waited := time.Since(start); waited > 5*time.Second {
				t.Errorf("edits during the read took %s", waited)
			}
		}
		visited++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if visited != 3 {
		t.Fatalf("visited %d documents, want 3", visited)
	}
	for _, id := range ids {
		a, err := s.Annotations(ctx, id, "ana")
		if err != nil || len(a.Spans) != 1 {
			t.Fatalf("%s after the read: %v, %v", id, a, err)
		}
	}
}

// addDocs adds n documents d00, d01… whose texts are format with their
// number, and returns their ids in import order.
func addDocs(t *testing.T, s *Store, n int, format string) []string {
	t.Helper()
	ids := make([]string, n)
	for i := range n {
		ids[i] = addDoc(t, s, fmt.Sprintf("d%02d", i), fmt.Sprintf(format, i))
	}
	return ids
}

// withReadSizes runs the rest of a test with other chunk and worker counts.
func withReadSizes(t *testing.T, chunk int64, workers int) {
	t.Helper()
	oldChunk, oldWorkers := chunkDocs, maxReadWorkers
	chunkDocs, maxReadWorkers = chunk, workers
	t.Cleanup(func() { chunkDocs, maxReadWorkers = oldChunk, oldWorkers })
}

// ForEachDocument returns for every document what the per-document reads
// return: spans in reading order, relations and stances in the order made,
// the targets in use and the document labels. It does so however the
// documents are cut into chunks and shared among connections, and with a
// status filter that leaves gaps.
func TestForEachDocumentMatchesPerDocumentReads(t *testing.T) {
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		ids := addDocs(t, s, 11, "\"Rents must fall,\" mayor Ana Ruiz %d told reporters on Monday.")
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: ids[1], Summary: "target", Ops: []annotate.Op{
			{Kind: annotate.OpAddTarget, Target: &annotate.Target{ID: "rent", Text: "rent caps"}}}}); err != nil {
			t.Fatal(err)
		}
		// Tag documents out of import order, so the table order is not the document order.
		for _, i := range []int{7, 2, 0, 3, 10, 5} {
			e := annotate.Edit{Doc: ids[i], Summary: "tag", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 18, End: 31, Label: annotate.LabelSpeaker, Attrs: map[string]any{"canonical": "Ana Ruiz"}}},
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 17, Label: annotate.LabelStatement, Attrs: map[string]any{"quote_type": "direct"}}},
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 34, End: 38, Label: annotate.LabelCue}},
				{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
				{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelCue, Head: "s1", Child: "cue1"}},
				{Kind: annotate.OpSetStance, Stance: &annotate.Stance{Statement: "s1", Target: "rent", Label: annotate.StanceFavor, Evidence: &annotate.Evidence{Start: 1, End: 16}}},
				{Kind: annotate.OpSetDocLabel, Key: "genre", Value: []byte(`"news"`)},
			}}
			if _, err := s.Apply(ctx, "ana", e); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: ids[0], Summary: "note", Ops: []annotate.Op{
			{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 1, End: 6, Label: annotate.LabelClaim, Note: "check the figure", Status: annotate.SpanPending, Source: annotate.SourceRules, Pattern: "P1", Confidence: 0.75}}}}); err != nil {
			t.Fatal(err)
		}
		for _, i := range []int{2, 3, 9} {
			if _, err := s.Apply(ctx, "ana", annotate.Edit{Doc: ids[i], Summary: "done", Ops: []annotate.Op{
				{Kind: annotate.OpSetStatus, Status: annotate.StatusDone}}}); err != nil {
				t.Fatal(err)
			}
		}
		sizes := []struct {
			chunk   int64
			workers int
		}{{64, 4}, {1, 3}, {2, 2}, {3, 1}, {4, 5}}
		for _, size := range sizes {
			for _, filter := range []DocFilter{{Layer: "ana"}, {Layer: "ana", Status: annotate.StatusDone}} {
				t.Run(fmt.Sprintf("chunk=%d,workers=%d,status=%q", size.chunk, size.workers, filter.Status), func(t *testing.T) {
					withReadSizes(t, size.chunk, size.workers)
					var want []string
					for _, id := range ids {
						a, err := s.Annotations(ctx, id, "ana")
						if err != nil {
							t.Fatal(err)
						}
						if filter.Status == "" || a.Status == filter.Status {
							want = append(want, id)
						}
					}
					var got []string
					err := s.ForEachDocument(ctx, filter, func(d *annotate.Document, a *annotate.Annotations) error {
						got = append(got, d.ID)
						wantA, err := s.Annotations(ctx, d.ID, "ana")
						if err != nil {
							return err
						}
						if !reflect.DeepEqual(a, wantA) {
							t.Errorf("%s: streamed\n%+v\nper document\n%+v", d.ID, a, wantA)
						}
						wantD, err := s.Document(ctx, d.ID)
						if err != nil {
							return err
						}
						wantD.Status = wantA.Status // a status belongs to a layer
						if !reflect.DeepEqual(d, wantD) {
							t.Errorf("%s: streamed document\n%+v\nread alone\n%+v", d.ID, d, wantD)
						}
						return nil
					})
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("visited %v, want %v", got, want)
					}
				})
			}
		}
	})
}

// An edit saved while a read starts is seen by none of its connections or
// by all of them, never by some: the read holds the write lock until every
// connection has its snapshot. Here an edit is saved while the first
// connection starts, and the second starts late.
func TestAllReadersShareOneSnapshot(t *testing.T) {
	withReadSizes(t, 1, 2)
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		ids := addDocs(t, s, 4, "The council met on day %d and said nothing new.")
		edited := make(chan error, 1)
		testHookBeforeSnapshot = func(worker int) {
			switch worker {
			case 0:
				go func() {
					_, err := s.Apply(ctx, "ana", annotate.Edit{Doc: ids[1], Summary: "tag", Ops: []annotate.Op{
						{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 4, End: 11, Label: annotate.LabelEntity}}}})
					edited <- err
				}()
			case 1:
				time.Sleep(300 * time.Millisecond) // time enough for an unblocked edit to commit
			}
		}
		t.Cleanup(func() { testHookBeforeSnapshot = nil })
		spans := map[string]int{}
		err := s.ForEachDocument(ctx, DocFilter{Layer: "ana"}, func(d *annotate.Document, a *annotate.Annotations) error {
			spans[d.ID] = len(a.Spans)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := <-edited; err != nil {
			t.Fatalf("the edit made while the read started: %v", err)
		}
		if spans[ids[1]] != 0 {
			t.Errorf("the read's second connection saw an edit saved after the first took its snapshot: %v", spans)
		}
		if a, err := s.Annotations(ctx, ids[1], "ana"); err != nil || len(a.Spans) != 1 {
			t.Fatalf("the edit was not saved: %v, %v", a, err)
		}
	})
}

// When another program holds the write lock (a long import), a read goes
// on at once on one connection instead of waiting for the lock.
func TestReadGoesOnWhileAnotherWriterHoldsTheLock(t *testing.T) {
	withReadSizes(t, 1, 4)
	s := openTemp(t)
	ctx := context.Background()
	addDocs(t, s, 5, "Article %d about the harbour.")
	other, err := sql.Open("sqlite3", fileURI(s.Path(), "_busy_timeout=100"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, "ROLLBACK")
	start := time.Now()
	n := 0
	if err := s.ForEachDocument(ctx, DocFilter{Layer: "ana"}, func(*annotate.Document, *annotate.Annotations) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Fatalf("read %d documents, want 5", n)
	}
	if waited := time.Since(start); waited > 5*time.Second {
		t.Fatalf("the read waited %s for another writer's lock", waited)
	}
	// The store's own writer gets its busy timeout back.
	var timeout int
	wc, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer wc.Close()
	if err := wc.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout); err != nil || timeout != busyTimeoutMS {
		t.Fatalf("busy timeout after the read: %d, %v", timeout, err)
	}
}

// A read stops at the first error of fn, or when its context ends, and
// returns that error.
func TestForEachDocumentStops(t *testing.T) {
	withReadSizes(t, 1, 2)
	onEachEngine(t, func(t *testing.T, s *Store) {
		addDocs(t, s, 6, "Item %d of the budget.")
		stop := errors.New("stop here")
		n := 0
		err := s.ForEachDocument(context.Background(), DocFilter{Layer: "ana"}, func(*annotate.Document, *annotate.Annotations) error {
			if n++; n == 2 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 2 {
			t.Fatalf("fn error: got %v after %d documents", err, n)
		}
		ctx, cancel := context.WithCancel(context.Background())
		n = 0
		err = s.ForEachDocument(ctx, DocFilter{Layer: "ana"}, func(*annotate.Document, *annotate.Annotations) error {
			if n++; n == 3 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 3 {
			t.Fatalf("cancelled: got %v after %d documents", err, n)
		}
	})
}

// A project in a folder whose name has characters a URI gives a meaning to
// opens the file named, not another.
func TestOpensPathsWithURICharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "drafts #2 ?50% done")
	path := filepath.Join(dir, "p.newsmark")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	addDoc(t, s, "d", "A short article.")
	n := 0
	if err := s.ForEachDocument(context.Background(), DocFilter{Layer: "ana"}, func(*annotate.Document, *annotate.Annotations) error { n++; return nil }); err != nil || n != 1 {
		t.Fatalf("read %d documents: %v", n, err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the project is not where it was named: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		switch e.Name() {
		case "p.newsmark", "p.newsmark-wal", "p.newsmark-shm", filepath.Base(WritersFile(path)):
		default:
			t.Errorf("stray file %s beside the project", e.Name())
		}
	}
}

// ForEachDocumentSpans gives every document as Document reads it (its
// status aside) with the layer's spans as Annotations reads them, chunk
// after chunk; each chunk is a read of its own, so what is saved while it
// runs is seen by the chunks read after, and a document imported after it
// began is not visited. It stops at fn's first error.
func TestForEachDocumentSpansReadsEachChunkAfresh(t *testing.T) {
	// A chunk is a document of a file, eight of a server's; the read is
	// three chunks ahead of fn at most.
	withReadSizes(t, 1, 1)
	onEachEngine(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		ids := addDocs(t, s, 30, "\"Rents must fall,\" mayor Ana Ruiz %d told reporters on Monday.")
		tag := func(who, doc string) {
			t.Helper()
			if _, err := s.Apply(ctx, who, annotate.Edit{Doc: doc, Summary: "tag", Ops: []annotate.Op{
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 18, End: 31, Label: annotate.LabelSpeaker, Attrs: map[string]any{"canonical": "Ana Ruiz"}}},
				{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: 0, End: 17, Label: annotate.LabelStatement}},
				{Kind: annotate.OpAddRelation, Relation: &annotate.Relation{Label: annotate.RelSaidBy, Head: "s1", Child: "spk1"}},
			}}); err != nil {
				t.Fatal(err)
			}
		}
		tag("ana", ids[1])
		tag("ben", ids[2])
		var got []string
		err := s.ForEachDocumentSpans(ctx, "ana", func(d *annotate.Document, spans []annotate.Span) error {
			got = append(got, d.ID)
			if d.ID == ids[0] {
				// Saved now, seen by the chunk of the last document.
				tag("ana", ids[29])
				addDoc(t, s, "late", "Imported while the project was read.")
			}
			wantD, err := s.Document(ctx, d.ID)
			if err != nil {
				return err
			}
			wantA, err := s.Annotations(ctx, d.ID, "ana")
			if err != nil {
				return err
			}
			if (d.ID == ids[1] || d.ID == ids[29]) != (len(spans) == 2) {
				t.Errorf("%s: read %d spans of ana's", d.ID, len(spans))
			}
			if !reflect.DeepEqual(d, wantD) || !reflect.DeepEqual(spans, wantA.Spans) {
				t.Errorf("%s: read\n%+v %+v\nwant\n%+v %+v", d.ID, d, spans, wantD, wantA.Spans)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, ids) {
			t.Fatalf("visited %v, want %v", got, ids)
		}
		stop := errors.New("stop here")
		n := 0
		err = s.ForEachDocumentSpans(ctx, "ana", func(*annotate.Document, []annotate.Span) error {
			if n++; n == 3 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 3 {
			t.Fatalf("fn error: got %v after %d documents", err, n)
		}
	})
}
