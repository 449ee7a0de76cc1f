package ingest

import (
	"strings"
	"testing"
)

func TestMenuBoxes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		gone  int // units removed
	}{
		{"label and dishes", []string{"What we ate", "Smoked eel, beetroot, horseradish £9", "Roast hake, mussels, samphire £24.50", "Rice pudding, poached quince £7"}, 4},
		{"dishes alone", []string{"Pork belly, black pudding, apple £18", "Treacle tart £6"}, 2},
		{"dollars", []string{"Tasting notes", "Clam chowder, sourdough $14", "Lobster roll, fries $32"}, 3},
		{"one priced line", []string{"From the menu", "Treacle tart £6"}, 0},
		{"sentences ending in prices", []string{"The tart costs £6.", "The wine starts at £9."}, 0},
		{"quoted dish", []string{"“Treacle tart” £6", "“Pork belly” £18"}, 0},
		{"prose with a price", []string{"We paid for the lamb, the tart and the wine £29", "and left."}, 0},
	}
	for _, tc := range tests {
		units := make([]unit, len(tc.lines))
		wc := make([]int, len(tc.lines))
		for i, l := range tc.lines {
			units[i] = unit{text: l, wrap: i < len(tc.lines)-1}
			wc[i] = wordCount(l)
		}
		kinds := make([]junk, len(units))
		removed := make([][]string, len(units))
		removeMenuBoxes(units, kinds, removed, wc)
		gone := 0
		for _, k := range kinds {
			if k != keep {
				gone++
			}
		}
		if gone != tc.gone {
			t.Errorf("%s: removed %d units, want %d", tc.name, gone, tc.gone)
		}
	}
}

func TestMenuBoxInMarkdownReview(t *testing.T) {
	page := "# Harbour Kitchen: good fish, slow service\n\n" + blogBody +
		"> **From the menu**\n> Smoked eel, beetroot, horseradish £9\n> Roast hake, mussels, samphire £24.50\n\n" + blogBody
	doc, err := Clean("review.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"From the menu", "Smoked eel, beetroot, horseradish £9", "Roast hake, mussels, samphire £24.50"})
	if strings.Count(doc.Text, strings.TrimSpace(strings.Split(blogBody, "\n")[0])) != 2 {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}
