package suggest

import "testing"

// TestFrontedMedium: a statement named in an adjunct that opens the
// sentence ("In a statement read to the court, …, X said") is X's, so a
// later "the statement said" is X; another medium's noun, or a statement
// named only in a clause of its own, stays "statement".
func TestFrontedMedium(t *testing.T) {
	tests := []speakerCase{
		{"a statement read to the court",
			"In a statement read to the court by the prosecutor, the victim's mother, Karen Vale, said the family had \"stopped living\". \"He phoned me every night,\" the statement said.",
			[]speakerWant{{"He phoned me every night", "Karen Vale"}}},
		{"a bare statement",
			"In a statement, Karen Vale said the family had \"stopped living\". \"He phoned me every night,\" the statement said.",
			[]speakerWant{{"He phoned me every night", "Karen Vale"}}},
		{"a joint statement of a body",
			"In a joint statement on Monday, the two clubs said the match would be replayed. \"The pitch was unsafe,\" the statement said.",
			[]speakerWant{{"The pitch was unsafe", "two clubs"}}},
		{"an interview is another medium",
			"In an interview, Karen Vale said the family had \"stopped living\". \"He phoned me every night,\" the statement said.",
			[]speakerWant{{"He phoned me every night", "statement"}}},
		{"a statement in a clause of its own",
			"In the statement, which was read in court, the judge was criticised. Karen Vale said the family had suffered. \"He phoned me every night,\" the statement said.",
			[]speakerWant{{"He phoned me every night", "statement"}}},
		{"a statement after the cue still counts as before",
			"Karen Vale said in a statement that the family had \"stopped living\". \"He phoned me every night,\" the statement said.",
			[]speakerWant{{"He phoned me every night", "Karen Vale"}}},
	}
	checkSpeakerCases(t, "fronted medium", tests)
}
