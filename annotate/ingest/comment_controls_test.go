package ingest

import (
	"strings"
	"testing"
)

func TestCommentControl(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Sign in or register to comment.", true},
		{"Log in to post a comment", true},
		{"Sort by: Newest | Oldest", true},
		{"Sorted by Best · Newest · Oldest", true},
		{"You must be logged in to post a comment.", true},
		{"Load more comments", true},
		{"Log in or register to join the debate.", true},
		// near-misses: the same words in the story's own sentences
		{"Residents can sign in to comment on the plan until Friday.", false},
		{"Sort by newest first, the librarian advised, and the oldest books surface last.", false},
		{"Nobody had to log in to comment at the old public meetings, she said.", false},
		{"Sort by: price", false},
		{"Councillors will log in to join the debate from home, the clerk said.", false},
	}
	for _, tt := range tests {
		if got := commentControl(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("commentControl(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A comments section under a plain-text feature: its heading, its sort
// switch and two readers' "handle: text" lines all go, and into
// meta.removed; a "Name: words" line in the story stays.
func TestCommentSectionWithSortSwitchRemoved(t *testing.T) {
	page := "Lighthouse keeper retires after forty winters on Garth Point\n\n" +
		"Morwenna Tull kept the light at Garth Point for forty winters and says she will miss the storms most of all.\n\n" +
		"She arrived in 1985, when the lamp still had to be wound by hand every four hours through the night, she recalls.\n\n" +
		"Keeper's log: Wind force nine, lamp lit at 16:02, all well.\n\n" +
		"The trust that owns the tower says it will open the keeper's cottage to visitors next summer.\n\n" +
		"Comments (2)\n" +
		"Sort by: Newest | Oldest\n" +
		"sea_shanty_77: My grandfather kept that light in the fifties. Lovely to read this.\n" +
		"porthbeach: She waved at our boat every single evening.\n"
	doc, err := Clean("keeper.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Sort by: Newest | Oldest",
		"sea_shanty_77: My grandfather kept that light in the fifties. Lovely to read this.",
		"porthbeach: She waved at our boat every single evening.",
	})
	if !strings.Contains(doc.Text, "Keeper's log: Wind force nine") {
		t.Errorf("story line lost:\n%s", doc.Text)
	}
}
