package suggest

import "testing"

// TestTitledFamilyNames: where several people share a family name written
// first ("Choi Dong-hyun", "Choi Ye-rin"), "Mr Choi" and "Ms Choi" are the
// person of that name just named, and keep that person later; a title with
// no gender, a name only one person has, or a title before anyone of the
// name is named change nothing.
func TestTitledFamilyNames(t *testing.T) {
	tests := []speakerCase{
		{"Mr after the man just named",
			"Choi Dong-hyun, who manages the ferry terminal, said sailings would resume. \"The pier is safe,\" Mr Choi said.\n\nChoi Ye-rin, a ticket clerk, said queues had formed by dawn.",
			[]speakerWant{{"The pier is safe,", "Choi Dong-hyun"}}},
		{"Ms after the woman just named, then Mr again",
			"Choi Dong-hyun, who manages the ferry terminal, said sailings would resume. \"The pier is safe,\" Mr Choi said.\n\nChoi Ye-rin, a ticket clerk, said queues had formed by dawn. \"Nobody told us anything,\" Ms Choi said.\n\nMr Choi later said extra boats would run.",
			[]speakerWant{
				{"Nobody told us anything,", "Choi Ye-rin"},
				{"extra boats would run", "Choi Dong-hyun"},
			}},
		{"Ms leaves the name Mr took",
			"Jung Hae-won, 58, said the market would stay shut. Jung Min-ho, a fish trader, said prices had tripled. Mr Jung said he would sell elsewhere.\n\nMs Jung said stallholders would meet on Friday.",
			[]speakerWant{
				{"he would sell elsewhere", "Jung Min-ho"},
				{"stallholders would meet on Friday", "Jung Hae-won"},
			}},
		// near-misses
		{"a title with no gender",
			"Choi Dong-hyun, who manages the ferry terminal, said sailings would resume. Choi Ye-rin, a ticket clerk, said queues had formed by dawn. Dr Choi said the injured were stable.",
			[]speakerWant{{"the injured were stable", "Choi"}}},
		{"one name only",
			"Choi Dong-hyun, who manages the ferry terminal, said sailings would resume. Mr Choi said the pier was safe.",
			[]speakerWant{{"the pier was safe", "Choi Dong-hyun"}}},
		{"title before anyone of the name",
			"Mr Choi said the pier was safe. Later Choi Dong-hyun and Choi Ye-rin said sailings would resume.",
			[]speakerWant{{"the pier was safe", "Choi"}}},
	}
	checkSpeakerCases(t, "titled family names", tests)
}
