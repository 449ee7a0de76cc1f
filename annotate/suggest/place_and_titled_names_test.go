package suggest

import "testing"

// TestVenueAndTitledName: a pub's or hotel's name is no one a later "she"
// stands for, and a name known by a person's title stays a person's when
// a short mention of it says "it" ("DS Oduya said it was too early"); a
// body that says "it" of itself still becomes one.
func TestVenueAndTitledName(t *testing.T) {
	tests := []speakerCase{
		{"a hotel named before a titled detective",
			"Officers closed Kiln Road between the Crown Hotel and the station on Sunday.\n\n" +
				"Detective Sergeant Maria Oduya, who leads the inquiry, said the van had been found near the quay.\n\n" +
				"“We are grateful to everyone who called us,” she said.\n\n" +
				"Asked about the driver, DS Oduya said it was too early to say. She added that two men had been arrested.",
			[]speakerWant{
				{"We are grateful to everyone who called us", "Maria Oduya"},
				{"two men had been arrested", "Maria Oduya"},
			}},
		{"near miss: a company that says it",
			"Harwick Freight said it had lost three lorries in the storm. It said all its drivers were safe.",
			[]speakerWant{
				{"all its drivers were safe", "Harwick Freight"},
			}},
	}
	checkSpeakerCases(t, "venue and titled name", tests)
}
