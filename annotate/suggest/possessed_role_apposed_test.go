package suggest

import "testing"

// TestPossessedRoleApposedSpeakers: a place's or body's role with the
// person's name between commas after it ("Halden East's MP, Rosa Quill,
// said") is the person speaking; a role with no name after it, a name
// that is a body, and a description with no possessive change nothing.
func TestPossessedRoleApposedSpeakers(t *testing.T) {
	tests := []speakerCase{
		{"a constituency's MP",
			"Halden East's MP, Rosa Quill, said she would write to the minister. She said the delays were shameful.",
			[]speakerWant{{"she would write to the minister", "Rosa Quill"}, {"the delays were shameful", "Rosa Quill"}}},
		{"a town's mayor",
			"Portwick's mayor, Dafydd Lowe, said the beach would reopen on Monday.",
			[]speakerWant{{"the beach would reopen on Monday", "Dafydd Lowe"}}},
		{"a club's manager",
			"Ardley Rovers' manager, Tom Yeats, told reporters the pitch was unplayable.",
			[]speakerWant{{"the pitch was unplayable", "Tom Yeats"}}},
		// near-misses
		{"no name after the comma",
			"Halden East's MP, who was elected in May, said she would write to the minister.",
			[]speakerWant{{"she would write to the minister", "MP"}}},
		{"no possessive",
			"The MP, Rosa Quill, said she would write to the minister.",
			[]speakerWant{{"she would write to the minister", "Rosa Quill"}}},
		{"a name and another after the comma",
			"Halden East's MP, Rosa Quill, and the council leader said they would act.",
			[]speakerWant{{"they would act", "MP"}}},
	}
	checkSpeakerCases(t, "possessed role apposed", tests)
}
