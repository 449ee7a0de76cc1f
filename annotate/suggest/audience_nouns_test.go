package suggest

import (
	"fmt"
	"testing"
)

// TestAudienceNouns: "one fan", "one supporter" after a quotation speak it
// as "one resident" does; a quotation with no cue after it stays
// unattributed.
func TestAudienceNouns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"one fan wrote",
			"The gig was off. “Get well soon, we will wait for you,” one fan wrote under the photo.",
			[]suggestion{{"“Get well soon, we will wait for you,”", "one fan", "fan", "wrote", "D2", "direct"}}},
		{"one supporter said",
			"The gig was off. “We will wait for the new dates,” one supporter said.",
			[]suggestion{{"“We will wait for the new dates,”", "one supporter", "supporter", "said", "D2", "direct"}}},
		{"near miss: no cue after the fan",
			"The gig was off. “We will wait for the new dates,” read the sign above one fan stall.",
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
