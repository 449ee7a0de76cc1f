package suggest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsmark/annotate"
	"newsmark/annotate/ingest"
	"newsmark/annotate/internal/benchdata"
	"newsmark/annotate/suggest"
)

// TestSuggestOutputDump writes every suggestion (label, offsets, rule,
// confidence, attributes such as the canonical speaker, the text) and every
// relation (said_by, cue, coref, nested_in, via) for every article under
// testdata/ (the fixtures and the unseen pages), the benchmark's long
// article and a few generated benchmark articles with analysts' spans, to
// the file $NEWSMARK_SUGGEST_DUMP names. A change meant only to make the
// suggester faster must leave the file byte for byte the same (cmp). Without
// the variable the test is skipped.
func TestSuggestOutputDump(t *testing.T) {
	path := os.Getenv("NEWSMARK_SUGGEST_DUMP")
	if path == "" {
		t.Skip("NEWSMARK_SUGGEST_DUMP names no file")
	}
	var b strings.Builder
	for _, name := range suggest.Fixtures {
		doc := suggest.FixtureDoc(t, name)
		dumpResult(&b, name, doc, suggest.Suggest(doc, nil, suggest.DefaultOptions()))
		dumpResult(&b, name+" (no headline)", doc, suggest.Suggest(doc, nil, suggest.Options{}))
	}
	golds, err := filepath.Glob(filepath.Join("testdata", "unseen", "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no unseen gold: %v", err)
	}
	sort.Strings(golds)
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		raws, _ := filepath.Glob(filepath.Join("testdata", "unseen", name+".*"))
		for _, raw := range raws {
			if strings.HasSuffix(raw, ".gold.json") || strings.HasSuffix(raw, ".want.txt") {
				continue
			}
			doc, err := ingest.ReadArticle(raw)
			if err != nil {
				t.Fatalf("%s: %v", raw, err)
			}
			dumpResult(&b, filepath.Base(raw), doc, suggest.Suggest(doc, nil, suggest.DefaultOptions()))
		}
	}
	doc := suggest.BenchDoc(t, 5000)
	dumpResult(&b, "bench 5000 words", doc, suggest.Suggest(doc, nil, suggest.DefaultOptions()))
	for i := 0; i < 40; i++ {
		d, a := benchdata.Article(i)
		dumpResult(&b, d.ID, d, suggest.Suggest(d, a.Spans, suggest.Options{Headline: true}))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// dumpResult writes res on doc in a stable text form.
func dumpResult(b *strings.Builder, name string, doc *annotate.Document, res suggest.Result) {
	runes := []rune(doc.Text)
	fmt.Fprintf(b, "== %s: %d spans, %d relations\n", name, len(res.Spans), len(res.Relations))
	for _, s := range res.Spans {
		keys := make([]string, 0, len(s.Attrs))
		for k := range s.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var attrs []string
		for _, k := range keys {
			attrs = append(attrs, fmt.Sprintf("%s=%v", k, s.Attrs[k]))
		}
		txt := ""
		if s.Start >= 0 && s.End <= len(runes) && s.Start <= s.End {
			txt = string(runes[s.Start:s.End])
		}
		fmt.Fprintf(b, "%s %s %d-%d %s %s %s %g [%s] %q\n", s.ID, s.Label, s.Start, s.End, s.Source, s.Status, s.Pattern, s.Confidence, strings.Join(attrs, " "), txt)
	}
	for _, r := range res.Relations {
		fmt.Fprintf(b, "  %s %s -> %s %s %s\n", r.Label, r.Head, r.Child, r.Source, r.Status)
	}
}
