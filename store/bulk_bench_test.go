package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsmark/annotate"
)

// BenchmarkTagDurableDuringBulkImport measures how long an analyst's tag
// takes to be durable in a project file while another program writes into
// it in bulk, as fast as it can: "import" adds batches of 512 documents of
// about 2 KB with five spans each (newsmark import), "suggestions" stores
// five pending suggestions for each of 512 documents a batch, over and over
// (suggest --all). The baseline, in the same run, is the same tags with
// nothing else writing. Goal: p99 ≤ 16 ms.
//
//	go test -tags ci -run '^$' -bench DuringBulk -benchtime 300x ./store/
func BenchmarkTagDurableDuringBulkImport(b *testing.B) {
	body := strings.Repeat("Freight rates fell again this week, a shipping index showed. ", 35)
	batchOf := func(batch int) ([]*annotate.Document, []*annotate.Annotations) {
		docs := make([]*annotate.Document, 512)
		anns := make([]*annotate.Annotations, 512)
		for i := range docs {
			docs[i] = &annotate.Document{ID: fmt.Sprintf("b%d-%d", batch, i), Text: fmt.Sprintf("Report %d-%d\n\n%s", batch, i, body)}
			a := &annotate.Annotations{}
			for k := range 5 {
				a.Spans = append(a.Spans, annotate.Span{ID: fmt.Sprintf("c%d", k), Start: 20 + k*60, End: 40 + k*60, Label: annotate.LabelClaim})
			}
			anns[i] = a
		}
		return docs, anns
	}
	b.Run("import", func(b *testing.B) {
		benchTagDuring(b, func(ctx context.Context, other *Store) (func(batch int) (int, error), error) {
			return func(batch int) (int, error) {
				docs, anns := batchOf(batch)
				_, err := other.AddDocuments(ctx, "importer", docs, anns)
				return len(docs), err
			}, nil
		})
	})
	b.Run("suggestions", func(b *testing.B) {
		benchTagDuring(b, func(ctx context.Context, other *Store) (func(batch int) (int, error), error) {
			docs, _ := batchOf(0)
			res, err := other.AddDocuments(ctx, "importer", docs, nil)
			if err != nil {
				return nil, err
			}
			return func(batch int) (int, error) {
				edits := make([]annotate.Edit, len(res))
				for i, r := range res {
					e := annotate.Edit{Doc: r.ID, Summary: "suggest"}
					for k := range 5 {
						e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &annotate.Span{
							ID: fmt.Sprintf("s%d-%d", batch, k), Start: 20 + k*60 + batch%7, End: 40 + k*60 + batch%7,
							Label: annotate.LabelStatement, Status: annotate.SpanPending, Source: annotate.SourceRules}})
					}
					edits[i] = e
				}
				errs, err := other.StoreSuggestions(ctx, annotate.SourceRules, "sam", edits)
				if err != nil {
					return 0, err
				}
				for _, e := range errs {
					if e != nil {
						return 0, e
					}
				}
				return len(edits), nil
			}, nil
		})
	})
}

// benchTagDuring times tags alone, then while the writer that start makes
// (on a second store of the same file: another program's connections)
// writes batch after batch.
func benchTagDuring(b *testing.B, start func(ctx context.Context, other *Store) (func(batch int) (int, error), error)) {
	path := filepath.Join(b.TempDir(), "bulk.newsmark")
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	// The analyst tags across 50 articles of 30 spans each, as at a desk:
	// each edit brings its document's search facets up to date, which
	// reads the document's spans, so one article piling up every tag of
	// the run would make the later tags (those during the bulk job) slower
	// for a reason that has nothing to do with the bulk job.
	const articles = 50
	ids := make([]string, articles)
	for k := range articles {
		id := addDoc(b, s, fmt.Sprintf("d%d", k), fmt.Sprintf("Quay %d\n\n%s", k, strings.Repeat("The council said the quay would reopen in May. ", 20)))
		ids[k] = id
		e := annotate.Edit{Doc: id, Summary: "tag"}
		for j := range 30 {
			e.Ops = append(e.Ops, annotate.Op{Kind: annotate.OpAddSpan, Span: &annotate.Span{Start: j * 30, End: j*30 + 12, Label: annotate.LabelClaim}})
		}
		if _, err := s.Apply(ctx, "ana", e); err != nil {
			b.Fatal(err)
		}
	}
	tag := func(i int) time.Duration {
		e := annotate.Edit{Doc: ids[i%articles], Summary: "tag", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{Start: i % 900, End: i%900 + 5, Label: annotate.LabelClaim}}}}
		t := time.Now()
		if _, err := s.Apply(ctx, "ana", e); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	measure := func(n int) []time.Duration {
		out := make([]time.Duration, n)
		for i := range n {
			out[i] = tag(i)
			time.Sleep(2 * time.Millisecond) // an analyst between two keys, briefly
		}
		slices.Sort(out)
		return out
	}
	other, err := Open(path) // another program: its own connections
	if err != nil {
		b.Fatal(err)
	}
	defer other.Close()
	write, err := start(ctx, other)
	if err != nil {
		b.Fatal(err)
	}
	n := max(b.N, 100)
	alone := measure(n)

	var stop atomic.Bool
	var written atomic.Int64
	done := make(chan error, 1)
	go func() {
		for batch := 0; !stop.Load(); batch++ {
			k, err := write(batch)
			if err != nil {
				done <- err
				return
			}
			written.Add(int64(k))
		}
		done <- nil
	}()
	time.Sleep(300 * time.Millisecond)
	start0 := time.Now()
	busy := measure(n)
	elapsed := time.Since(start0)
	stop.Store(true)
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	pct := func(ds []time.Duration, p float64) time.Duration { return ds[min(len(ds)-1, int(float64(len(ds))*p))] }
	b.ReportMetric(ms(pct(busy, 0.99)), "p99-ms")
	b.ReportMetric(ms(pct(busy, 0.5)), "p50-ms")
	b.ReportMetric(float64(written.Load())/elapsed.Seconds(), "bulk-docs/s")
	b.Logf("%d tags during the bulk job (%.0f documents/s written meanwhile): p50 %.1f ms, p99 %.1f ms; alone p50 %.1f ms, p99 %.1f ms; %s",
		n, float64(written.Load())/elapsed.Seconds(), ms(pct(busy, 0.5)), ms(pct(busy, 0.99)), ms(pct(alone, 0.5)), ms(pct(alone, 0.99)), loadAverage())
}
