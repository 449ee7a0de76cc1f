package suggest

import (
	"fmt"
	"testing"
)

// TestGroupActNames: a name after "duo", "trio", "band" is a group's: "she"
// after it is the woman named before, and a description apposed to it
// speaks under the bare name; a name after no group noun is a person.
func TestGroupActNames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"she after a duo is the singer",
			"Singer Maribel Osterhout postponed her autumn concerts.\n\nThe opening act, the Bristol duo Amos Kettle, wrote on Facebook that they would still play.\n\n“I have never missed a night before,” she told a radio show.",
			[]string{"Amos Kettle", "Maribel Osterhout"}},
		{"near miss: a person after no group noun",
			"Singer Maribel Osterhout postponed her autumn concerts.\n\nThe opening act, the Bristol singer Rosa Kettle, wrote on Facebook that she would still play.\n\n“I have never missed a night before,” she told a radio show.",
			[]string{"Bristol singer Rosa Kettle", "Rosa Kettle"}},
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
