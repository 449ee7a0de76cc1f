package suggest

import (
	"fmt"
	"testing"
)

// TestDescribedNameAfterCue: after a quotation, "said" and a description
// that is no role word, then a name between commas, the name speaks; a
// description with no name after it names no one.
func TestDescribedNameAfterCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a possessive description, then the name",
			"Calm all day. “Mira reads the game better than anyone. She never panics,” said her midfield partner, Jo Lindqvist.",
			[]suggestion{{"“Mira reads the game better than anyone. She never panics,”", "Jo Lindqvist", "Jo Lindqvist", "said", "D1", "direct"}}},
		{"the name with a clause after it",
			"“The roof held, just,” said his next-door neighbour, Hamid Rossi, who has lived on the street since 1990.",
			[]suggestion{{"“The roof held, just,”", "Hamid Rossi", "Hamid Rossi", "said", "D1", "direct"}}},
		{"near-miss: a description with no name",
			"“The roof held, just,” said his old partner, smiling.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
