package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchArticle writes a scraped page of about 5 KB: banner, headline, dek,
// caption and credit, byline, dateline, paragraphs with ads and a related box.
func benchArticle(i int) []byte {
	var sb strings.Builder
	sb.WriteString("IE 11 is not supported. For an optimal experience visit our site on another browser.\n\n")
	fmt.Fprintf(&sb, "City %d council approves new budget after long debate\n\n", i)
	sb.WriteString("The plan raises spending on schools and transport, the mayor said.\n")
	sb.WriteString("Council members vote on the budget on Tuesday.\n")
	sb.WriteString("Council members vote on the budget on Tuesday.Jane Roe / Pool via Reuters\n")
	sb.WriteString("/ Source: Reuters\n\nBy John Doe\n\n")
	for p := 0; sb.Len() < 5000; p++ {
		if p == 0 {
			sb.WriteString("SPRINGFIELD — ")
		}
		fmt.Fprintf(&sb, "The council voted %d to %d on Tuesday to approve the budget, which includes “new money” for road repairs and a plan to hire more teachers, officials said, adding that the vote followed weeks of talks.\n\n", 20+p, 10+p)
		if p%4 == 3 {
			sb.WriteString("Advertisement\n\n")
		}
		if p == 8 {
			sb.WriteString("Related\nSchools to get new buses\nTransit fares to stay flat\n\n")
		}
	}
	sb.WriteString("(Reporting by Ann Lee; Editing by Bob Ray)")
	return []byte(sb.String())
}

// benchSink keeps the baseline's string conversion from being optimised away.
var benchSink string

// BenchmarkCleanArticle cleans generated ~5 KB text articles. The baseline
// is the least any importer does: copy the same bytes into a string. The
// ratio of the two is reported as x-baseline; the article rate per core as
// articles/s.
func BenchmarkCleanArticle(b *testing.B) {
	const n = 64
	pages := make([][]byte, n)
	size := 0
	for i := range pages {
		pages[i] = benchArticle(i)
		size += len(pages[i])
	}
	b.SetBytes(int64(size / n))

	var sink int
	baseStart := time.Now()
	const baseRounds = 20000
	for i := 0; i < baseRounds; i++ {
		benchSink = string(pages[i%n])
		sink += len(benchSink)
	}
	base := time.Since(baseStart) / baseRounds

	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		doc, err := Clean("bench.txt", pages[i%n], KindText)
		if err != nil {
			b.Fatal(err)
		}
		sink += len(doc.Text)
	}
	b.StopTimer()
	per := b.Elapsed() / time.Duration(b.N)
	if base <= 0 {
		base = 1
	}
	b.ReportMetric(float64(per)/float64(base), "x-baseline")
	b.ReportMetric(float64(time.Second)/float64(per), "articles/s")
	b.Logf("clean %v per %d-byte article; baseline (bytes to string) %v; ratio %.0fx", per, size/n, base, float64(per)/float64(base))
	_ = sink
}
