package ingest

import (
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newsmark/annotate"
)

// checkClean runs Clean on raw as kind and fails the fuzz run on a panic
// (the fuzzer reports it), on text that is not UTF-8, or on zones outside
// the text or out of order.
//
// It also fails an input on which Clean does more work than a generous
// bound in the input's size allows (bytes allocated, a count that a busy
// machine does not change): a slow input is then reported with its input
// saved in testdata/fuzz, rather than by the fuzzing deadline with
// nothing saved.
func checkClean(t *testing.T, raw []byte, kind string) {
	doc, err := cleanWithinBound(t, raw, kind)
	if err != nil {
		if !strings.Contains(err.Error(), "fuzz."+kind) {
			t.Fatalf("the error does not name the file: %v", err)
		}
		return
	}
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("text is not valid UTF-8: %q", doc.Text)
	}
	n := utf8.RuneCountInString(doc.Text)
	last := 0
	for _, z := range doc.Zones {
		if z.Start < last || z.End < z.Start || z.End > n {
			t.Fatalf("zone %+v outside the %d-rune text or out of order: %q", z, n, doc.Text)
		}
		last = z.End
	}
	for _, r := range doc.Meta.Removed {
		if !utf8.ValidString(r) {
			t.Fatalf("removed entry is not valid UTF-8: %q", r)
		}
	}
}

// cleanWithinBound runs Clean on raw and fails the input once the work
// passes workBound, checked as it goes (every few milliseconds) so that an
// input that would run on for minutes is failed, and saved, long before
// the fuzzing deadline. A panic in Clean fails the input with its stack.
func cleanWithinBound(t *testing.T, raw []byte, kind string) (*annotate.Document, error) {
	var (
		doc   *annotate.Document
		err   error
		crash any
		stack []byte
	)
	bound := workBound(len(raw))
	if raceDetector {
		bound = math.MaxUint64 // make test runs the seeds under -race; fuzzing runs without
	}
	before := allocated()
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if crash = recover(); crash != nil {
				stack = debug.Stack()
			}
		}()
		doc, err = Clean("fuzz."+kind, raw, kind)
	}()
	poll := time.NewTicker(5 * time.Millisecond)
	defer poll.Stop()
	for {
		select {
		case <-done:
			if crash != nil {
				t.Fatalf("Clean panicked: %v\n%s", crash, stack)
			}
			if work := allocated() - before; work > bound {
				t.Fatalf("cleaning %d bytes as %s allocated %.1f MB, over the bound of %.1f MB: work grows faster than the input",
					len(raw), kind, mb(work), mb(bound))
			}
			return doc, err
		case <-poll.C:
			if work := allocated() - before; work > bound {
				t.Fatalf("cleaning %d bytes as %s passed %.1f MB allocated, the bound for its size, and was still going: work grows faster than the input",
					len(raw), kind, mb(bound))
			}
		}
	}
}

// workPerByte and workBase bound what cleaning an input may allocate:
// every seed takes at most 650 bytes a byte and 9 MB (the nested kicker
// <div>s, each read up to maxDekBytes); an input that runs for seconds
// allocates gigabytes. The bound is for such inputs: a mild quadratic at
// fuzzing sizes stays under it (TestHTMLNestingIsLinear is for those).
const (
	workPerByte = 2048
	workBase    = 32 << 20
)

func mb(n uint64) float64 { return float64(n) / (1 << 20) }

func workBound(size int) uint64 { return workBase + workPerByte*uint64(size) }

// allocated is the bytes this process has allocated so far; a fuzz worker
// runs one input at a time, so the difference around Clean is its work.
func allocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// addSeeds adds the test articles whose name ends in one of exts.
func addSeeds(f *testing.F, exts ...string) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, p := range seeds {
		for _, e := range exts {
			if strings.HasSuffix(p, e) && !strings.HasSuffix(p, ".want.txt") {
				if raw, err := os.ReadFile(p); err == nil {
					f.Add(raw)
				}
			}
		}
	}
}

// FuzzClean checks that Clean never panics and yields valid UTF-8 text with
// zones inside it, or an error naming the file, whatever bytes and kind it
// is given.
func FuzzClean(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, p := range seeds {
		raw, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, kind := range []string{KindText, KindMarkdown, KindHTML} {
			f.Add(raw, kind)
		}
	}
	f.Add([]byte("Headline\n\nMOSCOW — Body.\n"), KindText)
	f.Add([]byte("\xff\xfe\x00\xd8"), KindText)
	f.Add([]byte("# T\n\n*d*\n\n![x](y)\n"), KindMarkdown)
	f.Add([]byte("<p>(CNN)X</p><figure><figcaption>a.B / C</figcaption></figure>"), KindHTML)
	f.Fuzz(func(t *testing.T, raw []byte, kind string) {
		checkClean(t, raw, kind)
	})
}

// FuzzCleanText cleans arbitrary bytes as a scraped text page.
func FuzzCleanText(f *testing.F) {
	addSeeds(f, ".txt")
	f.Add([]byte("\xef\xbb\xbfHeadline\r\n\r\nBy A\r\nLONDON (Reuters) - Text.\f"))
	// a comments section under three paragraphs
	f.Add([]byte("H\n\n" + strings.Repeat("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.\n\n", 3) +
		"3 comments\nann · 2 hours ago\nHi.\nReply · Report\n© 2025"))
	f.Fuzz(func(t *testing.T, raw []byte) { checkClean(t, raw, KindText) })
}

// FuzzCleanMarkdown cleans arbitrary bytes as Markdown, nesting included.
func FuzzCleanMarkdown(f *testing.F) {
	addSeeds(f, ".md")
	f.Add([]byte("---\ntitle: T\n---\n# T\n\n> - > - " + strings.Repeat("- ", 40) + "x\n"))
	f.Add([]byte(strings.Repeat("*a_ [b](c ", 300)))
	// footnotes: many markers, a long lazy definition, unclosed labels,
	// a definition in a fence
	f.Add([]byte("# T\n\n" + strings.Repeat("a.[^1] ", 2000) + "\n\n[^1]: n\n" + strings.Repeat("more\n", 2000) + "\n    x\n\n```\n[^2]: c\n```\n" + strings.Repeat("[^", 500)))
	f.Fuzz(func(t *testing.T, raw []byte) { checkClean(t, raw, KindMarkdown) })
}

// FuzzCleanHTML cleans arbitrary bytes as a saved web page.
func FuzzCleanHTML(f *testing.F) {
	addSeeds(f, ".html", ".htm")
	f.Add([]byte(`<html><head><script>fetch("x")</script><link rel=stylesheet href=a.css></head><body><img src=b.png><iframe src=c></iframe><p style="background:url(d.png)">Words words words words words words words words words words words words words words words words.</p></body></html>`))
	f.Fuzz(func(t *testing.T, raw []byte) { checkClean(t, raw, KindHTML) })
}
