package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestImportDefersSuggestionsForGiantArticle imports an article above
// SuggestMaxBytes beside a small one: both are stored, the small one gets
// its suggestions, the large one none, is not left owed them (the next
// import would make them), and its result says why and what to run.
func TestImportDefersSuggestionsForGiantArticle(t *testing.T) {
	st := tempStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	big := put(t, dir, "a_big.txt", string(largeArticle(SuggestMaxBytes+4096)))
	small := put(t, dir, "b_small.txt", ferryArticle)
	res, err := ImportPaths(ctx, st, "ana", []string{big, small}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Status != Imported || res[1].Status != Imported {
		t.Fatalf("results: %+v", res)
	}
	if len(res[0].Notes) != 1 || !strings.Contains(res[0].Notes[0], "suggestions deferred") ||
		!strings.Contains(res[0].Notes[0], "newsmark suggest a_big") {
		t.Errorf("the large article's notes = %q, want the deferral and the command to run", res[0].Notes)
	}
	if len(res[1].Notes) != 0 {
		t.Errorf("the small article's notes = %q, want none", res[1].Notes)
	}
	pending := func(id string) int {
		d, err := st.DocumentSummary(ctx, id, "ana")
		if err != nil {
			t.Fatal(err)
		}
		return d.Pending
	}
	if n := pending("a_big"); n != 0 {
		t.Errorf("the large article has %d suggestions, want none", n)
	}
	if n := pending("b_small"); n == 0 {
		t.Errorf("the small article has no suggestions")
	}
	owed, err := st.OwedSuggestions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(owed) != 0 {
		t.Errorf("suggestions owed after the import: %v", owed)
	}
}

// largeHTML writes a saved page of about size bytes: navigation, an
// article of short paragraphs, a footer.
func largeHTML(size int) []byte {
	var sb strings.Builder
	sb.Grow(size + 512)
	sb.WriteString("<html><head><title>Harbour council approves the long budget</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World menu link</a></nav><article><h1>Harbour council approves the long budget</h1>")
	for p := 0; sb.Len() < size; p++ {
		fmt.Fprintf(&sb, "<p>The council voted %d to %d on Tuesday to approve the budget, which includes <a href=\"/x\">new money</a> for road repairs, paragraph %d.</p>\n", p%97+20, p%89+1, p)
	}
	sb.WriteString("</article><footer>Footer text about the site</footer></body></html>")
	return []byte(sb.String())
}

// TestHTMLLargePageReadWithoutExtractor cleans a page of 5,000 paragraphs,
// over the extractor's budget: every paragraph is kept, in order, and the
// navigation and footer are not.
func TestHTMLLargePageReadWithoutExtractor(t *testing.T) {
	raw := largeHTML(900 << 10)
	doc, err := Clean("large.html", raw, KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	n := strings.Count(string(raw), "<p>")
	if n < 5000 {
		t.Fatalf("the page has %d paragraphs, want 5,000 or more", n)
	}
	last := -1
	for _, p := range []int{0, n / 2, n - 1} {
		i := strings.Index(doc.Text, fmt.Sprintf("paragraph %d.", p))
		if i < 0 || i < last {
			t.Fatalf("paragraph %d missing or out of order", p)
		}
		last = i
	}
	for _, junk := range []string{"World menu link", "Footer text"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("the text keeps %q", junk)
		}
	}
	if !strings.HasPrefix(doc.Text, "Harbour council approves the long budget") {
		t.Errorf("the text starts %q, want the headline", doc.Text[:60])
	}
}

// TestHTMLTooDeepSaysSo checks that a page nested deeper than the HTML
// reader follows fails with a reason that says so.
func TestHTMLTooDeepSaysSo(t *testing.T) {
	raw := "<html><body>" + strings.Repeat("<div>", 600) + strings.Repeat("word ", 50) + "</body></html>"
	_, err := Clean("deep.html", []byte(raw), KindHTML)
	if !errors.Is(err, ErrNoArticle) || !strings.Contains(err.Error(), "nested deeper") || !strings.Contains(err.Error(), "deep.html") {
		t.Errorf("Clean = %v, want no article, nested deeper, naming the file", err)
	}
}
