package suggest

import "testing"

// TestPartyName: a lower-case "party" after a party's name, with
// lower-case words before it, speaks as the name; a capitalised "Party"
// keeps it in the name, and "the party" alone or an owner's party are
// no name.
func TestPartyName(t *testing.T) {
	tests := []speakerCase{
		{"opposition Name party",
			"The government raised the fuel levy. The opposition Green Dawn party said the levy would hurt farmers.",
			[]speakerWant{{"the levy would hurt farmers", "Green Dawn"}}},
		{"near miss: a capitalised Party is part of the name",
			"The government raised the fuel levy. The Green Dawn Party said the levy would hurt farmers.",
			[]speakerWant{{"the levy would hurt farmers", "Green Dawn Party"}}},
		{"near miss: an owner's party",
			"The government raised the fuel levy. Rosa Hale's party said the levy would hurt farmers.",
			[]speakerWant{{"the levy would hurt farmers", "Rosa Hale's party"}}},
	}
	checkSpeakerCases(t, "party name", tests)
}
