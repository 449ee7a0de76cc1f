package suggest

import "testing"

// TestElderTitles: a title of standing in another language before a full
// name ("Kaumātua Rewi Tane", "Alhaji Musa Bello") or a parish's lay office
// ("Churchwarden Ann Lee") is no part of the canonical name, and "Mr Tane"
// and the pronouns after it take the name without it; a surname that is
// also a title elsewhere ("Imran Sheikh", "Ruth Elder") stays whole.
func TestElderTitles(t *testing.T) {
	tests := []speakerCase{
		{"a Māori elder",
			"Kaumātua Rewi Tane said the river had been sick for a generation. “We waited forty years,” he said. Mr Tane said the fences would come next.",
			[]speakerWant{
				{"the river had been sick for a generation", "Rewi Tane"},
				{"“We waited forty years,”", "Rewi Tane"},
				{"the fences would come next", "Rewi Tane"},
			}},
		{"a Hausa title",
			"Alhaji Musa Bello said the market would reopen on Monday.",
			[]speakerWant{{"the market would reopen on Monday", "Musa Bello"}}},
		{"a parish office",
			"Churchwarden Ann Lee says the hall is booked until March.",
			[]speakerWant{{"the hall is booked until March", "Ann Lee"}}},
		{"a surname that is a title elsewhere stays",
			"Councillor Imran Sheikh said the bridge would stay shut.",
			[]speakerWant{{"the bridge would stay shut", "Imran Sheikh"}}},
		{"Elder as a surname stays",
			"Ruth Elder said the vote had been close.",
			[]speakerWant{{"the vote had been close", "Ruth Elder"}}},
	}
	checkSpeakerCases(t, "elder titles", tests)
}
