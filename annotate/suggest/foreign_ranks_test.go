package suggest

import "testing"

// TestForeignRanks: a rank or civil office in another language before a
// full name ("Comandante Rubén Ocampo", "Alcaldesa Ana Ruiz",
// "Bürgermeister Klaus Weber") is no part of the canonical name, and the
// surname and pronouns after it take the name without it; a surname that
// is a rank elsewhere ("Marta Coronel") or a rank word inside a name
// that is not before one stays whole.
func TestForeignRanks(t *testing.T) {
	tests := []speakerCase{
		{"a Spanish rank",
			"The northern road was closed overnight, the head of the provincial fire service, Comandante Rafael Quintero, told reporters. “We cannot reach the ridge,” he said. Quintero said more crews were coming.",
			[]speakerWant{
				{"The northern road was closed overnight", "Rafael Quintero"},
				{"“We cannot reach the ridge,”", "Rafael Quintero"},
				{"more crews were coming", "Rafael Quintero"},
			}},
		{"a Spanish civil office",
			"The shelter would stay open until Sunday, said Alcaldesa Ana Ruiz.",
			[]speakerWant{{"The shelter would stay open until Sunday", "Ana Ruiz"}}},
		{"a German civil office",
			"The dam had held overnight, said Bürgermeister Klaus Weber. Weber said the river was falling.",
			[]speakerWant{{"The dam had held overnight", "Klaus Weber"}, {"the river was falling", "Klaus Weber"}}},
		{"a lieutenant in Spanish",
			"Police closed the bridge, which was unsafe, said Teniente Luis Mora. “Nobody crosses tonight,” Mora said.",
			[]speakerWant{{"Police closed the bridge", "Luis Mora"}, {"“Nobody crosses tonight,”", "Luis Mora"}}},
		{"a surname that is a rank elsewhere stays",
			"The vote had been close, the returning officer, Marta Coronel, said. Coronel said a recount was unlikely.",
			[]speakerWant{{"The vote had been close", "Marta Coronel"}, {"a recount was unlikely", "Marta Coronel"}}},
		{"Hauptmann as a surname stays",
			"The school would reopen on Monday, said Petra Hauptmann, the head teacher.",
			[]speakerWant{{"The school would reopen on Monday", "Petra Hauptmann"}}},
		{"a plain name with no rank stays",
			"The water had gone down, said Rubén Cabral, a farmer. “We were lucky,” Cabral said.",
			[]speakerWant{{"The water had gone down", "Rubén Cabral"}, {"“We were lucky,”", "Rubén Cabral"}}},
	}
	checkSpeakerCases(t, "foreign ranks", tests)
}
