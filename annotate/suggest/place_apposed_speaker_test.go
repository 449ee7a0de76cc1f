package suggest

import "testing"

// TestPlaceApposedSpeakers: "the candidate in Ashby North, Lena Ford, has
// posted" is Lena Ford speaking, not the ward; a place with no person named
// after it, or a list after it, changes nothing.
func TestPlaceApposedSpeakers(t *testing.T) {
	tests := []speakerCase{
		{"a candidate in a ward, then her name",
			"The League for Renewal’s candidate in Ashby North, Lena Ford, has posted on X: “We will wait for every last ballot.”",
			[]speakerWant{
				{"We will wait for every last ballot.", "Lena Ford"},
			}},
		{"near-miss: a list after the place, not a name",
			"Our reporter in Ashby North, Kelso and Brant said: “The count will run past midnight.”",
			nil},
	}
	checkSpeakerCases(t, "place apposed speakers", tests)
}
