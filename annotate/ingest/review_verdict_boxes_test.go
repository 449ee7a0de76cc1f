package ingest

import (
	"strings"
	"testing"
)

func TestVerdictBox(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"full box", []string{"The Copper Pot", "3 Quay Street, Ashby AB1 2CD. Open Tuesday to Saturday.", "About £45 a head with wine.", "Food 8/10 · Service 7/10", "Score: 7.5/10"}, true},
		{"stars", []string{"Gull & Anchor", "Rating: ★★★★☆", "Dinner for two about £90"}, true},
		{"marks only", []string{"Value 4/5 | Comfort 3/5", "Overall 7/10"}, true},
		{"no mark", []string{"The Copper Pot", "3 Quay Street, Ashby AB1 2CD. Open Tuesday to Saturday.", "About £45 a head with wine."}, false},
		{"story line in box", []string{"The chef said the menu would change every week.", "Food 8/10"}, false},
		{"quotation", []string{"“The best chips in Ashby”", "Food 8/10"}, false},
		{"one line", []string{"Score: 8/10"}, false},
	}
	for _, tc := range tests {
		if got := verdictBox(tc.lines); got != tc.want {
			t.Errorf("%s: verdictBox = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestVerdictBoxInMarkdownReview(t *testing.T) {
	box := []string{"The Copper Pot", "3 Quay Street, Ashby AB1 2CD. Open Tuesday to Saturday, lunch and dinner, closed in January.", "About £45 a head with wine.", "Food 8/10 · Service 7/10", "Score: 7.5/10"}
	page := "# The Copper Pot: chips worth the queue\n\n" + blogBody + "> **" + box[0] + "**\n> " + strings.Join(box[1:4], "\n> ") + "\n> **" + box[4] + "**\n\n" + blogBody
	doc, err := Clean("review.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, box[1:])
	if strings.Contains(doc.Text, "Copper Pot\n") || strings.Contains(doc.Text, "a head") {
		t.Errorf("box left:\n%s", doc.Text)
	}
}
