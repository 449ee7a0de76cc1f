package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsmark/store"
)

// largeArticle writes a plain-text article of about size bytes: a headline
// and paragraphs that each quote a named speaker, so the suggester finds a
// statement, a speaker and a cue in every one.
func largeArticle(size int) []byte {
	var sb strings.Builder
	sb.Grow(size + 256)
	sb.WriteString("Harbour council approves the long budget\n\n")
	for p := 0; sb.Len() < size; p++ {
		fmt.Fprintf(&sb, "The council voted %d to %d on Tuesday to approve the budget, which includes new money for road repairs. “We will fix the roads first,” Mayor Jane Roe said.\n\n", p%97+20, p%89+1)
	}
	return []byte(sb.String())
}

// importOnce imports one article file into a new project and returns how
// long the import took.
func importOnce(b *testing.B, name string, raw []byte, suggest bool) time.Duration {
	b.Helper()
	dir := b.TempDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, raw, 0o644); err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(filepath.Join(dir, "large.newsmark"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if !suggest {
		if err := st.SetSetting(ctx, SettingSuggestOnImport, "off"); err != nil {
			b.Fatal(err)
		}
	}
	start := time.Now()
	res, err := ImportPaths(ctx, st, "bench", []string{p}, nil)
	took := time.Since(start)
	if err != nil {
		b.Fatal(err)
	}
	if len(res) != 1 || res[0].Status != Imported {
		b.Fatalf("import of %d bytes: %+v", len(raw), res)
	}
	return took
}

// BenchmarkImportLarge imports one article of 200 KB, 2 MB and 20 MB (just
// under MaxFileSize) and compares the cost per byte: with suggestions, 2 MB
// against 200 KB (the suggester and the spans it stores must be linear);
// and the 20 MB article, whose suggestions are deferred, against the 2 MB
// one imported without suggestions. A ratio near 1 is linear; the
// quadratic step this replaced made 800 KB cost 17× the per-byte cost of
// 200 KB. The 20 MB import's time is reported as s-20MB (goal ≤ 10 s).
func BenchmarkImportLarge(b *testing.B) {
	small, mid, large := largeArticle(200<<10), largeArticle(SuggestMaxBytes-64<<10), largeArticle(MaxFileSize-64<<10)
	perByte := func(d time.Duration, n int) float64 { return float64(d.Nanoseconds()) / float64(n) }
	var sSmall, sMid, mid0, big time.Duration
	for b.Loop() {
		// The small article is imported 5 times: one import is too short
		// to time alone.
		for range 5 {
			sSmall += importOnce(b, "large.txt", small, true)
		}
		sMid += importOnce(b, "large.txt", mid, true)
		mid0 += importOnce(b, "large.txt", mid, false)
		big += importOnce(b, "large.txt", large, true)
	}
	n := float64(b.N)
	smallPB := perByte(sSmall, 5*len(small))
	midPB, mid0PB, bigPB := perByte(sMid, len(mid)), perByte(mid0, len(mid)), perByte(big, len(large))
	b.ReportMetric(midPB/smallPB, "x-2MB/200KB-per-byte")
	b.ReportMetric(bigPB/mid0PB, "x-20MB/2MB-per-byte")
	b.ReportMetric(big.Seconds()/n, "s-20MB")
	b.Logf("per byte with suggestions: 200 KB %.0f ns, 2 MB %.0f ns (ratio %.2f); without: 2 MB %.0f ns, 20 MB (suggestions deferred) %.0f ns (ratio %.2f); the 20 MB import %.2f s",
		smallPB, midPB, midPB/smallPB, mid0PB, bigPB, bigPB/mid0PB, big.Seconds()/n)
}

// BenchmarkImportLargeHTML imports saved pages of short paragraphs of
// 200 KB (read by the extractor), 2 MB and 20 MB (over its budget, read by
// mainElement), suggestions off, and reports the cost per byte of each
// large page against the 200 KB one's, and the 20 MB import's time
// (s-20MB, goal ≤ 10 s; it took over 3 minutes and 5 GB before the
// extractor's budget).
func BenchmarkImportLargeHTML(b *testing.B) {
	small, mid, large := largeHTML(200<<10), largeHTML(2<<20), largeHTML(MaxFileSize-64<<10)
	perByte := func(d time.Duration, n int) float64 { return float64(d.Nanoseconds()) / float64(n) }
	var ts, tm, tl time.Duration
	for b.Loop() {
		for range 5 {
			ts += importOnce(b, "large.html", small, false)
		}
		tm += importOnce(b, "large.html", mid, false)
		tl += importOnce(b, "large.html", large, false)
	}
	ps, pm, pl := perByte(ts, 5*len(small)), perByte(tm, len(mid)), perByte(tl, len(large))
	b.ReportMetric(pm/ps, "x-2MB/200KB-per-byte")
	b.ReportMetric(pl/ps, "x-20MB/200KB-per-byte")
	b.ReportMetric(tl.Seconds()/float64(b.N), "s-20MB")
	b.Logf("per byte: 200 KB %.0f ns, 2 MB %.0f ns (%.2f), 20 MB %.0f ns (%.2f); the 20 MB import %.2f s",
		ps, pm, pm/ps, pl, pl/ps, tl.Seconds()/float64(b.N))
}
