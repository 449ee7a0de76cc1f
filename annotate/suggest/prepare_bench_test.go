package suggest

import (
	"testing"
	"time"

	"newsmark/annotate"
	"newsmark/annotate/internal/benchdata"
	"newsmark/store"
)

// BenchmarkPrepareSuggestions times making a document's suggestions
// ready to store (store.PrepareSuggested: the rows, their attributes'
// JSON and the event's body), which suggest --all does on all cores next
// to the suggester, against the suggester itself on the same articles in
// the same run: prepare/suggest is the share it adds.
func BenchmarkPrepareSuggestions(b *testing.B) {
	const n = 300
	docs := make([]*annotate.Document, n)
	results := make([]Result, n)
	var suggest time.Duration
	for i := range n {
		d, a := benchdata.Article(i)
		start := time.Now()
		res := Suggest(d, a.Spans, Options{Headline: true})
		suggest += time.Since(start)
		docs[i], results[i] = d, res
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range n {
			// The same spans each time: what PrepareSuggested fills in
			// place is filled the first time.
			store.PrepareSuggested(docs[i], "suggest", results[i].Spans, results[i].Relations)
		}
	}
	per := b.Elapsed() / time.Duration(b.N*n)
	b.ReportMetric(float64(per)/1e6, "prepare-ms/article")
	b.ReportMetric(float64(suggest/n)/1e6, "suggest-ms/article")
	b.ReportMetric(float64(per)/float64(suggest/n), "prepare/suggest")
}
