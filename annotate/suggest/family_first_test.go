package suggest

import "testing"

// TestFamilyFirst: "Ms Park" where a woman is named family name first
// ("Park Ji-yeon") and a man with the same family name given name first
// ("Thomas Park") is the woman; "Mr Park" stays the man, and a
// hyphenated surname ("Park-Lowe") is no given name.
func TestFamilyFirst(t *testing.T) {
	tests := []speakerCase{
		{"title's gender picks the family-first name",
			"Park Ji-yeon, who runs the harbour traders' guild, said rents had doubled. Thomas Park, a councillor, said the city would review them.\n\nMs Park said she had written to the mayor twice.",
			[]speakerWant{
				{"rents had doubled", "Park Ji-yeon"},
				{"the city would review them", "Thomas Park"},
				{"she had written to the mayor twice", "Park Ji-yeon"},
			}},
		{"near miss: Mr keeps the man",
			"Park Ji-yeon, who runs the harbour traders' guild, said rents had doubled. Thomas Park, a councillor, said the city would review them.\n\nMr Park said the review would end in June.",
			[]speakerWant{
				{"the review would end in June", "Thomas Park"},
			}},
		{"near miss: a double-barrelled surname",
			"Park Lowe-Smith, a trader, said rents had doubled. Thomas Park, a councillor, said the city would review them.\n\nMr Park said the review would end in June.",
			[]speakerWant{
				{"the review would end in June", "Thomas Park"},
			}},
	}
	checkSpeakerCases(t, "family first", tests)
}
