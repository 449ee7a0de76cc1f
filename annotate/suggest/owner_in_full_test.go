package suggest

import "testing"

// TestOwnerInFull: a body named by a surname in the possessive ("Pellow's
// campaign", "Ms Trask’s office", "a spokesperson for Quayle's campaign")
// takes the one full name the article gives with that surname; with no
// full name, or two people of that surname, the phrase keeps its words.
func TestOwnerInFull(t *testing.T) {
	tests := []speakerCase{
		{"bare surname's campaign",
			"Dominic Pellow is standing for the seat again. Pellow's campaign said the leaflet had been misread.",
			[]speakerWant{{"the leaflet had been misread", "Dominic Pellow's campaign"}}},
		{"title and surname's office, curly apostrophe",
			"Rosalind Trask chairs the housing committee. Ms Trask’s office said the report would be published in June.",
			[]speakerWant{{"the report would be published in June", "Rosalind Trask’s office"}}},
		{"spokesperson for a surname's campaign",
			"The claim was first made by Oswin Quayle at a hustings. A spokesperson for Quayle's campaign said the figure came from a council survey.",
			[]speakerWant{{"the figure came from a council survey", "spokesperson for Oswin Quayle's campaign"}}},
		// near-misses
		{"no full name given",
			"The leaflet went out on Friday. Pellow's campaign said it had been misread.",
			[]speakerWant{{"it had been misread", "Pellow's campaign"}}},
		{"two people of the surname",
			"Dominic Pellow and his sister, Agnes Pellow, are both standing. Pellow's campaign said the leaflet had been misread.",
			[]speakerWant{{"the leaflet had been misread", "Pellow's campaign"}}},
		{"a full name of another surname",
			"Dominic Pellow is standing for the seat again. Quayle's campaign said the leaflet had been misread.",
			[]speakerWant{{"the leaflet had been misread", "Quayle's campaign"}}},
	}
	checkSpeakerCases(t, "owner in full", tests)
}
