package ingest

import (
	"strings"
	"testing"
)

// Match summary boxes in wordings no fixture uses: the score line and the
// result beside it go; a result with no score line, a story sentence with
// the scores in it and a line of two figures that are no scores stay.

func TestMatchSummaryBoxLines(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Tigers 24 · Saints 17", true},
		{"Pellham 198-9 (20 ov) | Corby Vale 201-3 (18.4 ov)", true},
		{"Westmoor 3/214 (48 ov) · Harle 213 (49.5 ov)", true},
		{"Tigers 24 · Saints 17.", false},                        // a sentence
		{"Tigers scored 24 · Saints 17", false},                  // prose on one side
		{"Open 9am · Closes 5pm", false},                         // hours, no sides
		{"Tigers 24 · Saints 17 · Lions 12", false},              // three parts
		{"Saints beat Tigers 24-17 at home on Saturday.", false}, // prose
	} {
		if got := scoreSidesLine(tc.s); got != tc.want {
			t.Errorf("scoreSidesLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Corby Vale won by seven wickets (with 8 balls remaining)", true},
		{"Saints beat Tigers by seven points", true},
		{"Saints beat Tigers by seven points.", false},
		{"Saints won by seven points, the coach said", false},
		{"How the Saints won it", false},
	} {
		if got := resultLine(tc.s); got != tc.want {
			t.Errorf("resultLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestMatchSummaryBoxRemoved(t *testing.T) {
	page := "# Corby Vale cruise into the final\n\n" +
		"Corby Vale won by seven wickets (with 8 balls remaining)\n\n" +
		"Pellham 198-9 (20 ov) · Corby Vale 201-3 (18.4 ov)\n\n" +
		"Opener Lena Brisk made 88 not out as Corby Vale chased down 199 with more than an over to spare at Denholm Park.\n\n" +
		"\"We never panicked,\" Brisk said after the game.\n"
	doc, err := Clean("vale.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Corby Vale won by seven wickets (with 8 balls remaining)",
		"Pellham 198-9 (20 ov) · Corby Vale 201-3 (18.4 ov)",
	})
	if !strings.Contains(doc.Text, "Lena Brisk made 88 not out") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}

func TestMatchSummaryBoxKeepsSubheading(t *testing.T) {
	// a result line with no score line beside it is the story's subheading
	page := "# A season to remember for Denholm\n\n" +
		"Denholm finished the season unbeaten at home for the first time in a decade.\n\n" +
		"Denholm won by a street\n\n" +
		"The title was settled with three games left, when Denholm beat Marlow at Denholm Park in front of 2,000 fans.\n"
	doc, err := Clean("denholm.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Denholm won by a street") {
		t.Errorf("subheading lost:\n%s", doc.Text)
	}
}
