package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// workReader counts goldmark's work on the lines of a document: each time
// a block parser looks at a line (PeekLine) it scans the line's
// indentation, and each LineOffset scans from the line's head to the
// position. The count is a property of the input, the same on any
// machine, unlike a time.
type workReader struct {
	text.Reader
	work int
}

func (r *workReader) PeekLine() ([]byte, text.Segment) {
	line, seg := r.Reader.PeekLine()
	r.work += 1 + len(line) - len(util.TrimLeftSpace(line))
	return line, seg
}

func (r *workReader) LineOffset() int {
	v := r.Reader.LineOffset()
	r.work += 1 + v
	return v
}

// markdownWork parses src as fromMarkdown does and returns the work
// counted per byte of src.
func markdownWork(src string) float64 {
	r := &workReader{Reader: text.NewReader([]byte(tameMarkdown(src)))}
	markdown.Parser().Parse(r)
	return float64(r.work) / float64(len(src))
}

// nestedMarkdown are the shapes of hostile Markdown whose parse grew with
// the square of their size, each at nesting n, with a numbered word at
// each level so the test can see the text is kept.
var nestedMarkdown = []struct {
	name string
	make func(n int) string
}{
	{"nested list", func(n int) string {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "%s- item%d\n", strings.Repeat("  ", i), i)
		}
		return sb.String()
	}},
	{"nested ordered list", func(n int) string {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "%s1. item%d\n", strings.Repeat("   ", i), i)
		}
		return sb.String()
	}},
	// The markers on one line are 100 a level: a few hundred KB took
	// 46 s before.
	{"list markers on one line", func(n int) string { return strings.Repeat("- ", 100*n) + "item0\n" }},
	{"quote markers on one line", func(n int) string { return strings.Repeat(">", 100*n) + " item0\n" }},
	{"quote and list markers on one line", func(n int) string { return strings.Repeat("> - ", 100*n) + "item0\n" }},
	{"deep block quote", func(n int) string {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "%s item%d\n", strings.Repeat(">", i+1), i)
		}
		return sb.String()
	}},
	{"deep block quote with spaces", func(n int) string {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "%sitem%d\n\n", strings.Repeat("> ", i+1), i)
		}
		return sb.String()
	}},
	{"list items in a deep quote", func(n int) string {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "%s- item%d\n", strings.Repeat("> ", n), i)
		}
		return sb.String()
	}},
}

// TestMarkdownNestingIsLinear counts goldmark's work per byte on each
// nested shape at n and 4n levels: linear work keeps the cost per byte
// flat, where the untamed parse's grew with the nesting (×4 and more from
// n to 4n). Every item's words are still in the cleaned text.
func TestMarkdownNestingIsLinear(t *testing.T) {
	const n = 200
	for _, tc := range nestedMarkdown {
		t.Run(tc.name, func(t *testing.T) {
			small, large := tc.make(n), tc.make(4*n)
			ws, wl := markdownWork(small), markdownWork(large)
			if wl > 1.5*ws {
				t.Errorf("work per byte %.1f at %d levels, %.1f at %d: grows with the nesting", ws, n, wl, 4*n)
			}
			a := fromMarkdown(large)
			var got strings.Builder
			for _, u := range a.units {
				got.WriteString(u.text)
				got.WriteByte(' ')
			}
			for _, w := range strings.Fields(strings.NewReplacer(">", " ", "- ", " ", "1. ", " ").Replace(large)) {
				if strings.HasPrefix(w, "item") && !strings.Contains(got.String(), w+" ") {
					t.Fatalf("%s lost from the text", w)
				}
			}
		})
	}
}

// TestMarkdownUntamedWorkGrows checks the counter itself: on the nested
// list as it is, without tameMarkdown, the work per byte grows with the
// nesting, so TestMarkdownNestingIsLinear would see a regression.
func TestMarkdownUntamedWorkGrows(t *testing.T) {
	work := func(src string) float64 {
		r := &workReader{Reader: text.NewReader([]byte(src))}
		markdown.Parser().Parse(r)
		return float64(r.work) / float64(len(src))
	}
	list := nestedMarkdown[0].make
	if ws, wl := work(list(200)), work(list(800)); wl < 2*ws {
		t.Errorf("untamed work per byte %.1f at 200 levels, %.1f at 800: the counter does not see the nesting", ws, wl)
	}
}

// TestTameMarkdownLeavesArticlesAlone checks that an ordinary article,
// with a nested list, a quote, emphasis and links, is not rewritten.
func TestTameMarkdownLeavesArticlesAlone(t *testing.T) {
	src := "# Council votes\n\n*The budget passes.*\n\n> \"We are ready,\" she said.\n\n- one\n  - two\n    1. three\n\nA [link](https://example.invalid/a) and **bold** and _it_.\n"
	if got := tameMarkdown(src); got != src {
		t.Errorf("tameMarkdown changed an ordinary article:\n%q\nwant\n%q", got, src)
	}
}

// TestTameMarkdownBudgets checks that delimiters and links past a
// paragraph's budget are escaped (read as text), the budget starts again
// after a blank line, and long runs of definitions are split.
func TestTameMarkdownBudgets(t *testing.T) {
	emph := strings.Repeat("*a_ ", mdMaxDelimiters+10)
	got := tameMarkdown(emph + "\n\n*b*\n")
	if !strings.Contains(got, `\*a\_`) {
		t.Errorf("delimiters past the budget not escaped")
	}
	if !strings.HasSuffix(got, "\n\n*b*\n") {
		t.Errorf("the budget did not start again after a blank line: %q", got[len(got)-20:])
	}
	links := strings.Repeat("[a](b", mdMaxLinks+5)
	if got := tameMarkdown(links); strings.Count(got, `\](`) != 5 {
		t.Errorf("%d link closers escaped, want 5", strings.Count(got, `\](`))
	}
	defs := strings.Repeat("[a]: u\n", 3*mdMaxLinks) + "text\n"
	if got := tameMarkdown(defs); strings.Count(got, "\n\n") != 2 {
		t.Errorf("definitions split %d times, want 2", strings.Count(got, "\n\n"))
	}
}

// BenchmarkMarkdownNesting cleans each nested shape at n and 4n levels
// (16× the bytes for the shapes nested over many lines) and reports, per
// shape, the cost per byte of the large file against the small one's
// (x-per-byte-<shape>): near 1 is linear. Before tameMarkdown, a nested
// list of a few hundred KB took 22 s, the same on one line 46 s.
func BenchmarkMarkdownNesting(b *testing.B) {
	const n = 300
	for _, tc := range nestedMarkdown {
		small, large := tc.make(n), tc.make(4*n)
		var ts, tl time.Duration
		for range b.N {
			start := time.Now()
			for range 16 {
				fromMarkdown(small)
			}
			ts += time.Since(start) / 16
			start = time.Now()
			fromMarkdown(large)
			tl += time.Since(start)
		}
		ps := float64(ts) / float64(len(small))
		pl := float64(tl) / float64(len(large))
		b.ReportMetric(pl/ps, "x-per-byte-"+strings.ReplaceAll(tc.name, " ", "-"))
		b.Logf("%s: %d bytes %.1f ns/byte, %d bytes %.1f ns/byte, ratio %.2f",
			tc.name, len(small), ps/float64(b.N), len(large), pl/float64(b.N), pl/ps)
	}
}
