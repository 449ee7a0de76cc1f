package ingest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// reAuditMarks is markup a line may lose on its way into the text without
// losing a line: note markers ("[2]", "[^1]"), a print view's link
// expansions, heading anchors ("{#verdict}"), list and transcript numbers.
var reAuditMarks = regexp.MustCompile(`\[\^?\d+\]|\s\(https?://[^)]*\)|\{#[^}]*\}|^\d+[.)]?\s+`)

var reAuditLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// auditKey is a line's letters and figures, lower-cased, with its markup
// dropped, to find it again in the text or in meta.removed.
func auditKey(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "> ")
	for _, m := range []string{"- ", "* ", "+ "} {
		s = strings.TrimPrefix(s, m)
	}
	s = reAuditMarks.ReplaceAllString(s, "")
	// a link around an image ("[![logo](src)](href)") is undone from the
	// inside out: the image first, then the link it sat in
	for t := reAuditLink.ReplaceAllString(s, "$1"); t != s; t = reAuditLink.ReplaceAllString(s, "$1") {
		s = t
	}
	return letters(s)
}

// letters is s's letters and figures, lower-cased.
func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// silentDrops lists the non-blank lines of a text or Markdown page that
// are neither in the document's text nor in its meta.removed. Front matter
// (it fills the metadata) and table rules ("|---|---|") are not lines of
// the page.
func silentDrops(src string, text string, removed []string) []string {
	var rem []string
	for _, r := range removed {
		rem = append(rem, auditKey(r), letters(r), strings.TrimSpace(r))
	}
	kept := auditKey(text) + "|" + strings.Join(rem, "|")
	lines := strings.Split(src, "\n")
	if strings.TrimSpace(lines[0]) == "---" { // front matter
		for k := 1; k < len(lines); k++ {
			if strings.TrimSpace(lines[k]) == "---" {
				lines = lines[k+1:]
				break
			}
		}
	}
	var silent []string
	for _, line := range lines {
		l := strings.TrimSpace(line)
		if l == "" || strings.HasPrefix(l, "|") && strings.Trim(l, "|-: ") == "" {
			continue
		}
		k := auditKey(l)
		if k == "" {
			k = strings.TrimLeft(l, "> ")
		}
		if !strings.Contains(kept, k) && !splitKept(k, rem, kept) {
			silent = append(silent, l)
		}
	}
	return silent
}

// splitKept reports a line whose opening was removed and whose rest is
// kept ("UPDATE 2-" off a wire headline).
func splitKept(k string, rem []string, kept string) bool {
	for _, r := range rem {
		if r != "" && len(r) < len(k) && strings.HasPrefix(k, r) && strings.Contains(kept, k[len(r):]) {
			return true
		}
	}
	return false
}

func TestSilentDrops(t *testing.T) {
	text := "A slow crossing\n\nThe ferry left at dawn.[1]\n\nFerry sails again"
	removed := []string{"* * *", "Share this story", "UPDATE 1-", "12 stops on the way"}
	src := "---\ntitle: A slow crossing\ntags: [ferry]\n---\n# A slow crossing\n\nThe ferry left at dawn.[1]\n\n* * *\n\n|---|---|\n\nShare this story\n\n___\n\nRead more ferry news\n\nUPDATE 1-Ferry sails again\n\n> - 12 stops on the way\n"
	got := silentDrops(src, text, removed)
	want := []string{"___", "Read more ferry news"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("silentDrops = %q, want %q", got, want)
	}
}

// TestSilentDropsLinkedImage: a logo linked to the site's front page
// ("[![The Harbour Post](…/logo.png)](https://harbourpost.example/)") is
// recorded by its alt text; the link around the image is undone too, so
// the letters of its target do not hide the record.
func TestSilentDropsLinkedImage(t *testing.T) {
	src := "[![The Harbour Post](https://cdn.example/w_96/logo.png)](https://harbourpost.example/)\n\n" +
		"[![Ferry timetable](https://cdn.example/table.png)](https://harbourpost.example/timetable)\n\nThe ferry left at dawn.\n"
	got := silentDrops(src, "The ferry left at dawn.", []string{"The Harbour Post"})
	want := []string{"[![Ferry timetable](https://cdn.example/table.png)](https://harbourpost.example/timetable)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("silentDrops = %q, want %q", got, want)
	}
}

// TestUnseenPagesDropNothingSilently holds every text and Markdown page of
// the unseen set to the README's rule: each line the cleaner drops is in
// meta.removed.
func TestUnseenPagesDropNothingSilently(t *testing.T) {
	files, _ := filepath.Glob("../suggest/testdata/unseen/u*")
	for _, f := range files {
		kind := KindOf(f)
		if kind == KindHTML || strings.Contains(f, ".gold.") || strings.Contains(f, ".want.") || strings.HasSuffix(f, ".json") {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Clean(f, raw, kind)
		if err != nil {
			continue
		}
		src, _ := decode(raw)
		src = repairMojibake(src)
		if m, ok := openMailMessage(src); ok {
			src = m.body
		}
		for _, l := range silentDrops(src, doc.Text, doc.Meta.Removed) {
			t.Errorf("%s: %q left the text without a record in meta.removed", filepath.Base(f), l)
		}
	}
}
