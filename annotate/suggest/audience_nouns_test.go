package suggest

import "testing"

// TestAudienceNouns: "one fan", "one supporter" after a quotation speak it
// as "one resident" does; a quotation with no cue after it stays
// unattributed.
func TestAudienceNouns(t *testing.T) {
	tests := []suggestCase{
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
	checkSuggestCases(t, tests)
}
