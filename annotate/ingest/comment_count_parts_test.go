package ingest

import (
	"strings"
	"testing"
)

func TestCommentCountParts(t *testing.T) {
	tests := []struct {
		line string
		want junk
	}{
		{"By Lena Hart | Mar 2, 2026, 9:05 AM EST | 48 comments", junkByline},
		{"By Tom Ruiz | June 4, 2025 | 1 comment", junkByline},
		{"By Ada Quint · 12 May 2026 · No comments", junkByline},
		{"By Nils Berg | 3 April 2026 | Comments (7)", junkByline},
		// near-misses: a count beside no byline or date, or a part that is news
		{"Council meeting | 200 comments received on the plan", keep},
		{"12 comments | Share", keep},
		{"By Lena Hart | 48 comments were sent to the council", keep},
	}
	for _, tc := range tests {
		if got := headerParts(tc.line); got != tc.want {
			t.Errorf("headerParts(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// A column's name or the kind of page beside a "by" byline is the byline
// line; a label beside a name without "by", or beside words that are no
// name, stays a header part of the story.
func TestLabelledBylineParts(t *testing.T) {
	tests := []struct {
		line string
		want junk
	}{
		{"THE LOOKOUT | by Perpetua Vane", junkByline},
		{"Opinion | By Perpetua Vane and Hal Crane", junkByline},
		// Near-misses.
		{"Storm Ewan | Perpetua Vane", keep},
		{"THE LOOKOUT | by the numbers", keep},
		{"Ferry fares rise again as the council looks away | by Perpetua Vane", keep},
	}
	for _, tc := range tests {
		if got := headerParts(tc.line); got != tc.want {
			t.Errorf("headerParts(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// The byline of a column's name-and-byline line is the page's byline, so
// the columnist's note at the end goes as the author's note, and the
// standfirst over the line stays the dek.
func TestColumnBylineLineAndWriterNote(t *testing.T) {
	page := "Councillors vote to move the market, then refuse to say where\n\n" +
		"The leader promised a bold new home for the stalls. The traders heard a car park\n\n" +
		"THE LOOKOUT | by Perpetua Vane\n\n" +
		"There is no silence in local politics quite like the one after a vote nobody expected to win.\n\n" +
		"“We will find the right site,” the leader, Gus Amberley, said. “We always do.”\n\n" +
		"The traders said they would wait and see, which in Harnley means they will not.\n\n" +
		"Perpetua Vane is the Gazette's town hall sketchwriter. The Lookout appears every Friday.\n"
	doc, err := Clean("market.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"THE LOOKOUT | by Perpetua Vane",
		"Perpetua Vane is the Gazette's town hall sketchwriter. The Lookout appears every Friday.",
	})
	if doc.Meta.Byline != "Perpetua Vane" {
		t.Errorf("byline = %q, want %q", doc.Meta.Byline, "Perpetua Vane")
	}
	if !strings.Contains(doc.Text, "The traders said they would wait and see") {
		t.Errorf("story line lost:\n%s", doc.Text)
	}
}
