package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks that Clean never panics and yields valid UTF-8 text with
// zones inside it, or an error, whatever bytes and kind it is given.
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
		doc, err := Clean("fuzz.txt", raw, kind)
		if err != nil {
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
	})
}
