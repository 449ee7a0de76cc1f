package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkClean runs Clean on raw as kind and fails the fuzz run on a panic
// (the fuzzer reports it), on text that is not UTF-8, or on zones outside
// the text or out of order.
func checkClean(t *testing.T, raw []byte, kind string) {
	doc, err := Clean("fuzz."+kind, raw, kind)
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
	f.Fuzz(func(t *testing.T, raw []byte) { checkClean(t, raw, KindText) })
}

// FuzzCleanMarkdown cleans arbitrary bytes as Markdown, nesting included.
func FuzzCleanMarkdown(f *testing.F) {
	addSeeds(f, ".md")
	f.Add([]byte("---\ntitle: T\n---\n# T\n\n> - > - " + strings.Repeat("- ", 40) + "x\n"))
	f.Add([]byte(strings.Repeat("*a_ [b](c ", 300)))
	f.Fuzz(func(t *testing.T, raw []byte) { checkClean(t, raw, KindMarkdown) })
}

// FuzzCleanHTML cleans arbitrary bytes as a saved web page.
func FuzzCleanHTML(f *testing.F) {
	addSeeds(f, ".html", ".htm")
	f.Add([]byte(`<html><head><script>fetch("x")</script><link rel=stylesheet href=a.css></head><body><img src=b.png><iframe src=c></iframe><p style="background:url(d.png)">Words words words words words words words words words words words words words words words words.</p></body></html>`))
	f.Fuzz(func(t *testing.T, raw []byte) { checkClean(t, raw, KindHTML) })
}
