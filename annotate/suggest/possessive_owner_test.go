package suggest

import (
	"fmt"
	"testing"
)

// TestPossessiveOwner: a capitalised possessive opens a speaker phrase the
// way a determiner does ("Harlow’s campaign said"), also after a role and
// "for"; a calendar word's possessive or a possessive right before a cue
// noun does not.
func TestPossessiveOwner(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // speaker of each statement
	}{
		{"an owner's body opens the sentence",
			"Marwick’s campaign said the leaflet had been printed in error.",
			[]string{"Marwick’s campaign"}},
		{"a full name's body after the statement",
			"The leaflet had been printed in error, Dana Marwick’s campaign said.",
			[]string{"Dana Marwick’s campaign"}},
		{"a role for an owner's body",
			"A spokesman for Marwick’s campaign said the leaflet had been printed in error.",
			[]string{"A spokesman for Marwick’s campaign"}},
		{"near miss: a weekday's possessive",
			"Tuesday’s meeting said the leaflet had been printed in error.",
			nil},
		{"near miss: a possessive before a cue noun",
			"Marwick’s claim that the leaflet had been printed in error was denied.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var speakers []string
			for _, s := range got {
				speakers = append(speakers, s.speaker)
			}
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
