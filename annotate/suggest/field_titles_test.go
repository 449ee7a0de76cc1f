package suggest

import (
	"strings"
	"testing"
)

// TestFieldTitleBeforeName: a title naming its field in lower case before a
// name ("Director of football Gareth Penrose") is one speaker phrase, so a
// later "he" or "she" takes the person, not the title's capitalised word;
// a word before "of" that is no role ("the heart of town …") makes no
// title, and a field that is a person's role ("The mother of fisherman …")
// gives "she" no fisherman.
func TestFieldTitleBeforeName(t *testing.T) {
	tests := []struct {
		name, text, statement, speaker string
		canonical                      string // "!X": anything but X
	}{
		{"a club's director of a field",
			"Kelso Rovers signed a new striker on Friday.\n\nDirector of recruitment Owen Tasker said the deal had taken five months. “We kept asking, and in the end the player chose us,” he said.",
			"“We kept asking, and in the end the player chose us,”", "he", "Owen Tasker"},
		{"the phrase holds the title",
			"Kelso Rovers signed a new striker on Friday.\n\nDirector of recruitment Owen Tasker said the deal had taken five months.",
			"the deal had taken five months", "Director of recruitment Owen Tasker", "Owen Tasker"},
		{"a field of two words and a title before the name",
			"Cases fell again in the county last week.\n\nDirector of public health Dr Mina Farrow said the figures were encouraging. “We are not out of the woods, and the winter is long,” she said.",
			"“We are not out of the woods, and the winter is long,”", "she", "Mina Farrow"},
		{"a group as the field",
			"Chief of staff Petra Lund said the review would be published in June.",
			"the review would be published in June", "Chief of staff Petra Lund", "Petra Lund"},
		{"near miss: no role before of",
			"In the heart of town Tom Reed said rents had doubled in a year.",
			"rents had doubled in a year", "Tom Reed", "Tom Reed"},
		{"near miss: a relative's role after of",
			"Mourners filled the church on Monday.\n\nThe mother of fisherman Tom Reed said the boat had been checked in May. “He knew that sea better than anyone,” she said.",
			"“He knew that sea better than anyone,”", "she", "!Tom Reed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := suggestionOf(t, tt.text, tt.statement)
			if !ok {
				return
			}
			bad := g.canonical != tt.canonical
			if strings.HasPrefix(tt.canonical, "!") {
				bad = g.canonical == tt.canonical[1:]
			}
			if g.speaker != tt.speaker || bad {
				t.Errorf("%q: speaker %q (%s), want %q (%s)", tt.statement, g.speaker, g.canonical, tt.speaker, tt.canonical)
			}
		})
	}
}
