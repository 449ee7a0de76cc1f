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
// takes to be durable in a project file while another program imports
// into it in batches (512 documents of about 2 KB with five spans each, as
// fast as it can). The baseline, in the same run, is the same tags with
// nothing else writing. Goal: p99 ≤ 16 ms.
//
//	go test -tags ci -run '^$' -bench DuringBulk -benchtime 300x ./store/
func BenchmarkTagDurableDuringBulkImport(b *testing.B) {
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
	// the run would make the later tags (those during the import) slower
	// for a reason that has nothing to do with the import.
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
	n := max(b.N, 100)
	alone := measure(n)

	other, err := Open(path) // another program: its own connections
	if err != nil {
		b.Fatal(err)
	}
	defer other.Close()
	var stop atomic.Bool
	var imported atomic.Int64
	done := make(chan error, 1)
	go func() {
		body := strings.Repeat("Freight rates fell again this week, a shipping index showed. ", 35)
		for batch := 0; !stop.Load(); batch++ {
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
			if _, err := other.AddDocuments(ctx, "importer", docs, anns); err != nil {
				done <- err
				return
			}
			imported.Add(512)
		}
		done <- nil
	}()
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	busy := measure(n)
	elapsed := time.Since(start)
	stop.Store(true)
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	pct := func(ds []time.Duration, p float64) time.Duration { return ds[min(len(ds)-1, int(float64(len(ds))*p))] }
	b.ReportMetric(ms(pct(busy, 0.99)), "p99-ms")
	b.ReportMetric(ms(pct(busy, 0.5)), "p50-ms")
	b.ReportMetric(float64(imported.Load())/elapsed.Seconds(), "imported-docs/s")
	b.Logf("%d tags during a bulk import (%.0f documents/s imported meanwhile): p50 %.1f ms, p99 %.1f ms; alone p50 %.1f ms, p99 %.1f ms; %s",
		n, float64(imported.Load())/elapsed.Seconds(), ms(pct(busy, 0.5)), ms(pct(busy, 0.99)), ms(pct(alone, 0.5)), ms(pct(alone, 0.99)), loadAverage())
}
