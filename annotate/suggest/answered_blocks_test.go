package suggest

import (
	"strings"
	"testing"
)

// TestAnsweredBlocks: the paragraphs under "Answered by Minister Name on
// date" are the answerer's statements, up to the next "Asked by" line or
// a paragraph of narration with a quotation; the "To ask …" question is
// no statement, and neither is a paragraph under an "Answered by" line
// that ends as a sentence.
func TestAnsweredBlocks(t *testing.T) {
	text := "The answers are reproduced below.\n\n" +
		"Asked by Baroness Quill\n\n" +
		"To ask His Majesty’s Government how many ferry routes have closed since 2020.\n\n" +
		"Answered by Minister Olu Adeyemi on 2 June 2026\n\n" +
		"Eleven routes have closed since 2020. Four of them were replaced by bus services.\n\n" +
		"The Department keeps no record of passenger numbers on private routes.\n\n" +
		"The Island Ferries Trust said the answer showed “a slow abandonment of the islands”."
	got, _ := readSuggestions(text)
	want := map[string]string{
		"Eleven routes have closed since 2020. Four of them were replaced by bus services.": "Olu Adeyemi",
		"The Department keeps no record of passenger numbers on private routes.":            "Olu Adeyemi",
	}
	for in, spk := range want {
		found := false
		for _, g := range got {
			if g.statement == in {
				found = true
				if g.canonical != spk {
					t.Errorf("%q: speaker %q, want %q", in, g.canonical, spk)
				}
			}
		}
		if !found {
			t.Errorf("no statement %q; got %v", in, got)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g.statement, "To ask") || strings.Contains(g.statement, "slow abandonment") && g.canonical == "Olu Adeyemi" {
			t.Errorf("statement %q by %q, want none", g.statement, g.canonical)
		}
	}
	near := "Answered by Minister Olu Adeyemi on 2 June 2026, the question drew little notice.\n\n" +
		"Eleven routes have closed since 2020."
	got, _ = readSuggestions(near)
	for _, g := range got {
		if strings.Contains(g.statement, "Eleven routes") {
			t.Errorf("near miss: statement %q by %q, want none", g.statement, g.canonical)
		}
	}
}
