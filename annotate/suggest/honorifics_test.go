package suggest

import "testing"

// TestSouthAsianHonorifics: "Shri", "Smt." and "Kumari" before a name are
// titles, left out of the canonical name as "Mr" is; a name that only
// starts like one ("Sri Lanka") is untouched.
func TestSouthAsianHonorifics(t *testing.T) {
	tests := []speakerCase{
		{"honorifics before names",
			"Collector Shri Anand Joshi said the canal would reopen on Monday. Smt. Kamala Iyer, a shopkeeper, said her stall had flooded twice.",
			[]speakerWant{
				{"the canal would reopen on Monday", "Anand Joshi"},
				{"her stall had flooded twice", "Kamala Iyer"},
			}},
		{"near miss: no honorific",
			"Anand Shrivastava said the canal would reopen on Monday.",
			[]speakerWant{
				{"the canal would reopen on Monday", "Anand Shrivastava"},
			}},
	}
	checkSpeakerCases(t, "honorifics", tests)
}
