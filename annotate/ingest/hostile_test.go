package ingest

import (
	"context"
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
