package suggest

import "testing"

// TestPlaceOfNameHeads: a settlement noun set before a place's name with
// "of" ("the spa town of …") lets a later "the town said" pick the name; a
// role or a body "of" a place, a settlement with no name, or a name after
// "of" that follows a person stay as they were.
func TestPlaceOfNameHeads(t *testing.T) {
	tests := []speakerCase{
		{"a spa town",
			"The bridge in the spa town of Bad Kellbrunn will stay shut. A ferry will run next week, the town said.",
			[]speakerWant{{"A ferry will run next week", "Bad Kellbrunn"}}},
		{"a city",
			"The flood hit the city of Norwick on Monday. The pumps would arrive soon, the city said.",
			[]speakerWant{{"The pumps would arrive soon", "Norwick"}}},
		{"a fishing village",
			"The storm cut power to the fishing village of Port Ellis on Monday. Crews would arrive by boat, the village said.",
			[]speakerWant{{"Crews would arrive by boat", "Port Ellis"}}},
		{"a role of a place stays",
			"The mayor of Norwick closed the road on Monday. The repairs would take a month, the mayor said.",
			[]speakerWant{{"The repairs would take a month", "mayor"}}},
		{"a body of a place stays",
			"The council of Norwick met on Monday. The budget was tight, the council said.",
			[]speakerWant{{"The budget was tight", "council"}}},
		{"a town with no name stays",
			"Floods reached a town of 4,000 people near Norwick. The pumps had failed, the town said.",
			[]speakerWant{{"The pumps had failed", "town"}}},
		{"a person of a place stays",
			"The flood hit the town on Monday, and Ann Lee of Norwick said the pumps had failed.",
			[]speakerWant{{"the pumps had failed", "Ann Lee"}}},
	}
	checkSpeakerCases(t, "place of name heads", tests)
}
