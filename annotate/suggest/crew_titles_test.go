package suggest

import "testing"

// TestCrewTitles: a crew's or a parish's title before a full name
// ("Coxswain Ana Pell", "Rabbi Ezra Blum") is no part of the canonical
// name, and the pronouns after it take the name without it; a surname
// that is also an office ("Tom Bishop") stays whole.
func TestCrewTitles(t *testing.T) {
	tests := []speakerCase{
		{"a coxswain",
			"The lifeboat went out nine times in August. Coxswain Ana Pell said most of the calls were to swimmers. “The tide turns faster than people think,” she said.",
			[]speakerWant{
				{"most of the calls were to swimmers", "Ana Pell"},
				{"“The tide turns faster than people think,”", "Ana Pell"},
			}},
		{"a rabbi",
			"Rabbi Ezra Blum said the hall would open to anyone who needed a bed.",
			[]speakerWant{{"the hall would open to anyone", "Ezra Blum"}}},
		{"a surname that is an office stays",
			"Tom Bishop said the hall would open at six.",
			[]speakerWant{{"the hall would open at six", "Tom Bishop"}}},
	}
	checkSpeakerCases(t, "crew titles", tests)
}
