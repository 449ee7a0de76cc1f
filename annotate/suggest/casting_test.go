package suggest

import (
	"fmt"
	"testing"
)

// statementTexts runs Suggest on text and returns the statements' texts.
func statementTexts(text string) []string {
	got, _ := readSuggestions(text)
	var out []string
	for _, s := range got {
		out = append(out, s.statement)
	}
	return out
}

// TestCastLines: in a review of a staged work, a line spoken by a role
// (named as played by an actor, or through the actor in the paragraph that
// casts him) is fiction, not a statement; the actor interviewed elsewhere
// still speaks.
func TestCastLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a role played by an actor",
			"The revival of the play opens at the Pier Theatre. The ferryman Odo Brack, played with menace by Lyle Penhale, watches the river: “The tide owes nobody a living,” Odo tells his daughter in the first act.",
			nil},
		{"an actor who plays a role, then a pronoun and a present-tense cue",
			"The staging of the play is slow. Lyle Penhale plays Odo Brack, a ferryman who has crossed the river for forty years. “The tide owes nobody a living,” he tells his daughter early on.",
			nil},
		{"a role named after an actor with as",
			"The director keeps the play moving. Ruth Kember, as Nell, is the best thing in it. When the boat sinks, Nell shouts, “Nobody rows for free in this family.”",
			nil},
		{"the actor interviewed in another paragraph still speaks",
			"The staging of the play is slow. Lyle Penhale plays Odo Brack, a ferryman who has crossed the river for forty years.\n\nAfter the show Penhale said, “I learned to row for this part.”",
			[]string{"“I learned to row for this part.”"}},
		{"an actor who plays a role speaks in the past tense about it",
			"The staging of the play is slow. Lyle Penhale plays Odo Brack, a ferryman. “I learned to row for this part,” he said.",
			[]string{"“I learned to row for this part,”"}},
		{"a player who plays an opponent in a match report is no cast",
			"Ada Ferrell plays Mina Osei in the final on Sunday. “I have never beaten her on clay,” Ferrell says.",
			[]string{"“I have never beaten her on clay,”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
