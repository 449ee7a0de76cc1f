package store

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/store/pgtest"
)

// BenchmarkTagDurableWithEightAnalysts measures, on a loopback PostgreSQL
// team project, how long an analyst's tag takes to be durable (select →
// tag → committed: store.Apply) while seven other analysts, each logged in
// as themselves, tag the same documents ten times a second each (an analyst
// at work tags far less often; this is a busy desk at its busiest). The
// baseline, measured in the same run, is the same tags with nobody else
// writing. Goal: p99 ≤ 20 ms. A sub-benchmark "flood" has the seven write
// as fast as they can, a stress beyond any desk, reported for honesty.
//
//	go run ./store/pgtest/with-postgres go test -tags ci -run '^$' -bench TagDurable -benchtime 400x ./store/
func BenchmarkTagDurableWithEightAnalysts(b *testing.B) {
	url := pgtest.NewDatabase(b)
	ctx := context.Background()
	lead, err := Open(url)
	if err != nil {
		b.Fatal(err)
	}
	defer lead.Close()
	const docs = 200
	var ds []*annotate.Document
	for i := range docs {
		ds = append(ds, &annotate.Document{ID: fmt.Sprintf("d%03d", i),
			Text: fmt.Sprintf("The harbour board said on Monday that the new quay would open in May, and the union welcomed it (%d).", i)})
	}
	if _, err := lead.AddDocuments(ctx, "lead", ds, nil); err != nil {
		b.Fatal(err)
	}
	analysts := []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"}
	if err := lead.AddAnalysts(ctx, analysts, nil); err != nil {
		b.Fatal(err)
	}
	stores := make([]*Store, len(analysts))
	for i, a := range analysts {
		if stores[i], err = Open(pgtest.WithUser(url, a)); err != nil {
			b.Fatal(err)
		}
		defer stores[i].Close()
	}
	tag := func(s *Store, who string, n int) (time.Duration, error) {
		e := annotate.Edit{Doc: fmt.Sprintf("d%03d", n%docs), Summary: "tag CLAIM", Ops: []annotate.Op{{Kind: annotate.OpAddSpan,
			Span: &annotate.Span{Start: n % 60, End: n%60 + 8, Label: annotate.LabelClaim, Annotator: who}}}}
		t := time.Now()
		_, err := s.Apply(ctx, who, e)
		return time.Since(t), err
	}
	measure := func(b *testing.B, n int) []time.Duration {
		out := make([]time.Duration, 0, n)
		for i := range n {
			d, err := tag(stores[0], "a1", i)
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, d)
		}
		slices.Sort(out)
		return out
	}
	n := max(b.N, 100)
	alone := measure(b, n)
	for _, pace := range []struct {
		name  string
		every time.Duration
	}{{"desk", 100 * time.Millisecond}, {"flood", 0}} {
		b.Run(pace.name, func(b *testing.B) {
			busyRun(b, stores, analysts, tag, measure, alone, n, pace.every)
		})
	}
}

// busyRun measures a1's tags while the other analysts tag every interval.
func busyRun(b *testing.B, stores []*Store, analysts []string, tag func(*Store, string, int) (time.Duration, error),
	measure func(*testing.B, int) []time.Duration, alone []time.Duration, n int, every time.Duration) {
	var stop atomic.Bool
	var wg sync.WaitGroup
	var others atomic.Int64
	for w := 1; w < len(analysts); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; !stop.Load(); i++ {
				if _, err := tag(stores[w], analysts[w], i*7+w); err != nil {
					b.Error(err)
					return
				}
				others.Add(1)
				if every > 0 {
					time.Sleep(every)
				}
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	busy := measure(b, n)
	elapsed := time.Since(start)
	stop.Store(true)
	wg.Wait()
	pct := func(ds []time.Duration, p float64) time.Duration { return ds[min(len(ds)-1, int(float64(len(ds))*p))] }
	b.ReportMetric(float64(pct(busy, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(pct(busy, 0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(busy, 0.99))/float64(pct(alone, 0.99)), "p99-x-alone")
	b.Logf("%d tags by a1 with 7 other analysts tagging (%.0f tags/s among them): p50 %.1f ms, p99 %.1f ms; alone: p50 %.1f ms, p99 %.1f ms (%.1f× at p99); %s",
		n, float64(others.Load())/elapsed.Seconds(), ms(pct(busy, 0.5)), ms(pct(busy, 0.99)), ms(pct(alone, 0.5)), ms(pct(alone, 0.99)),
		float64(pct(busy, 0.99))/float64(pct(alone, 0.99)), loadAverage())
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// loadAverage is the machine's load as uptime shows it, to read beside a
// figure from a shared machine.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "load unknown"
	}
	return "load average " + strings.Join(f[:3], ", ")
}
