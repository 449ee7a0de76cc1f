package suggest

import "testing"

// TestPeriodicalNames: a learned periodical named "Journal of …", "Annals
// of …" or "Bulletin of …" with three or more capitalised words after "of"
// keeps its whole name, and "the journal" later takes it; a periodical's
// head that does not open the name, a lower-case head, or a person's
// name stays as it was.
func TestPeriodicalNames(t *testing.T) {
	tests := []speakerCase{
		{"a journal with a long name",
			"The Journal of Applied Marine Biology said on Tuesday that it had withdrawn the paper. The journal said the authors had been told.",
			[]speakerWant{
				{"it had withdrawn the paper", "Journal of Applied Marine Biology"},
				{"the authors had been told", "Journal of Applied Marine Biology"},
			}},
		{"annals",
			"The Annals of Coastal Flood Engineering said the figures could not be relied upon.",
			[]speakerWant{{"the figures could not be relied upon", "Annals of Coastal Flood Engineering"}}},
		{"a bulletin",
			"A correction would follow, the Bulletin of Tropical Soil Science said.",
			[]speakerWant{{"A correction would follow", "Bulletin of Tropical Soil Science"}}},
		{"a head that does not open the name stays",
			"A Journal of Surgery editor said the review had been fair.",
			[]speakerWant{{"the review had been fair", "Journal of Surgery editor"}}},
		{"a person with a particle stays",
			"Maria de la Cruz Santos said the vote had been close.",
			[]speakerWant{{"the vote had been close", "Maria de la Cruz Santos"}}},
		{"a professor of a subject stays a person",
			"Professor of Surgery Helen Marr said the trial was sound.",
			[]speakerWant{{"the trial was sound", "Helen Marr"}}},
	}
	checkSpeakerCases(t, "periodical names", tests)
}
