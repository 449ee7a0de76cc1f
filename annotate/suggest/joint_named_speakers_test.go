package suggest

import "testing"

// TestJointNamedSpeakers: two people's full names joined by "and" as one
// speaker take both names without titles, and "they" speaking next takes
// them too; one surname for two, a body beside a name, a "they" after
// another speaker and a lone name are left as they were.
func TestJointNamedSpeakers(t *testing.T) {
	checkSpeakerCases(t, "joint named speakers", []speakerCase{
		{"titled co-chairs in apposition, then they",
			"The union said it would strike. Its co-chairs, Dr Ada Lin and Dr Tom Rudd, said the offer was poor. \"We will not move,\" they said in a statement.",
			[]speakerWant{
				{"the offer was poor", "Ada Lin and Tom Rudd"},
				{"We will not move", "Ada Lin and Tom Rudd"},
			}},
		{"untitled pair in apposition",
			"The club's two captains, Nia Hale and Owen Pryde, said the season was over.",
			[]speakerWant{{"the season was over", "Nia Hale and Owen Pryde"}}},
		{"professors, they in the next paragraph",
			"The study's authors, Prof Marta Kesh and Prof Ivo Brandt, said the results were clear.\n\n\"It surprised us,\" they said.",
			[]speakerWant{
				{"the results were clear", "Marta Kesh and Ivo Brandt"},
				{"It surprised us", "Marta Kesh and Ivo Brandt"},
			}},
		// near-misses
		{"one surname for two is the couple's own reading",
			"The owners, Tom and Carol Hadfield, said the house was lost.",
			[]speakerWant{{"the house was lost", "Carol Hadfield"}}},
		{"a lone titled name",
			"The union's chair, Dr Ada Lin, said the offer was poor. \"We will not move,\" she said.",
			[]speakerWant{
				{"the offer was poor", "Ada Lin"},
				{"We will not move", "Ada Lin"},
			}},
		{"they after another speaker",
			"Its co-chairs, Dr Ada Lin and Dr Tom Rudd, said the offer was poor. The nurses' union said members would vote. \"We will not move,\" they said.",
			[]speakerWant{{"the offer was poor", "Ada Lin and Tom Rudd"}, {"members would vote", "nurses' union"}, {"We will not move", "nurses' union"}}},
	})
}
