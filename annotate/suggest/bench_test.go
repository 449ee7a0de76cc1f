package suggest

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"newsmark/annotate"
)

// benchDoc builds a ~words-word article from the bodies of the test
// articles, renumbering paragraphs so no two are identical.
func benchDoc(tb testing.TB, words int) *annotate.Document {
	var paras []string
	for _, name := range articles {
		g := loadArticle(tb, name)
		body := g.doc.Zones[len(g.doc.Zones)-1]
		paras = append(paras, strings.Split(string([]rune(g.doc.Text)[body.Start:body.End]), "\n\n")...)
	}
	var b strings.Builder
	b.WriteString("Officials weigh new measures, ministry says\n\nA long day of talks ended without agreement.\n\n")
	n := 0
	for i := 0; n < words; i++ {
		p := paras[i%len(paras)]
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
		n += len(strings.Fields(p))
	}
	text := b.String()
	return &annotate.Document{Text: text, Zones: articleZones(text)}
}

// plainTokens is the baseline: one pass splitting the text into words.
func plainTokens(text string) int {
	return len(strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// baselineNs times plainTokens on text: the median of a few runs of a
// batch, measured in the benchmark's own run.
func baselineNs(text string) float64 {
	const batch = 50
	var best time.Duration
	for run := 0; run < 5; run++ {
		start := time.Now()
		for i := 0; i < batch; i++ {
			plainTokens(text)
		}
		if d := time.Since(start); run == 0 || d < best {
			best = d
		}
	}
	return float64(best.Nanoseconds()) / batch
}

// BenchmarkSuggest runs the suggester on a ~5,000-word article (goal: at
// most 20 ms) and reports its cost against a plain tokenisation pass over
// the same text, measured in the same run.
func BenchmarkSuggest(b *testing.B) {
	doc := benchDoc(b, 5000)
	base := baselineNs(doc.Text)
	b.ReportAllocs()
	b.ResetTimer()
	var res Result
	for i := 0; i < b.N; i++ {
		res = Suggest(doc, nil, DefaultOptions())
	}
	b.StopTimer()
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/1e6, "ms/op")
	b.ReportMetric(perOp/base, "x-tokenise")
	b.Logf("%d words, %d suggested spans: %.2f ms per article (goal ≤ 20 ms); plain tokenisation %.3f ms; ratio %.1fx",
		len(strings.Fields(doc.Text)), len(res.Spans), perOp/1e6, base/1e6, perOp/base)
}
