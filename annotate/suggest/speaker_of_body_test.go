package suggest

import (
	"fmt"
	"testing"
)

// TestSpeakersOfBody: a body's description ("The force said") after a
// person who spoke, named with "of" and the body ("Sergeant Ada Lin of
// Harcastle Police’s roads unit"), speaks as that body; a body of another
// kind, a lower-case "of" phrase or no body after "of" leaves the
// description alone.
func TestSpeakersOfBody(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"a sergeant of a police force's unit",
			"Jo Bell was jailed on Friday.\n\nSpeaking outside court, Detective Sergeant Ian Kerr of Harcastle Police’s roads unit said the data had been “vital”. “A text can wait,” he said.\n\nThe force said it had seized 90 phones this year.",
			[]string{"Ian Kerr", "Ian Kerr", "Harcastle Police"}},
		{"an inspector of a constabulary, no possessive",
			"Two men were arrested in Dunmore.\n\nInspector Carla Mendes of Westvale Constabulary said officers had found stolen tools.\n\nThe force said the men had been released on bail.",
			[]string{"Carla Mendes", "Westvale Constabulary"}},
		{"a chief inspector of a constabulary's team",
			"Sheep were stolen from three farms.\n\nChief Inspector Dev Patel of Norland Constabulary’s rural crime team said patrols would increase.\n\nThe force said farmers should lock their gates.",
			[]string{"Dev Patel", "Norland Constabulary"}},
		{"near miss: the body after of is of another kind",
			"Jo Bell was jailed on Friday.\n\nSergeant Ian Kerr of Harcastle Borough Council’s parking team said the data had been vital.\n\nThe force said it had seized 90 phones this year.",
			[]string{"Ian Kerr", "force"}},
		{"near miss: a lower-case place after of",
			"Jo Bell was jailed on Friday.\n\nSergeant Ian Kerr of the roads unit said the data had been vital.\n\nThe force said it had seized 90 phones this year.",
			[]string{"Ian Kerr", "force"}},
		{"near miss: a place, not a body, after of",
			"Jo Bell was jailed on Friday.\n\nSergeant Ian Kerr of North Harcastle said the data had been vital.\n\nThe force said it had seized 90 phones this year.",
			[]string{"Ian Kerr", "force"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
