package suggest

import "testing"

// TestLongNames: a name of four words that opens with a given name keeps
// it, with its particles and a generation's suffix, and a later given name
// or inner surname alone stands for the whole; four capitalised words that
// open with no given name keep only their last three, and "Neto" alone
// after a given name is a surname.
func TestLongNames(t *testing.T) {
	tests := []speakerCase{
		{"given names and two surnames",
			"The mayor, Luiza Fernanda Toledo Brandão, said the bridge would reopen. Toledo said repairs had cost more than planned. “We will not wait,” Luiza said.",
			[]speakerWant{
				{"the bridge would reopen", "Luiza Fernanda Toledo Brandão"},
				{"repairs had cost more than planned", "Luiza Fernanda Toledo Brandão"},
				{"“We will not wait,”", "Luiza Fernanda Toledo Brandão"},
			}},
		{"particles and a suffix",
			"Osvaldo Teixeira dos Reis Júnior, a farmer, said the river had flooded twice. Teixeira said the water had reached the school.",
			[]speakerWant{
				{"the river had flooded twice", "Osvaldo Teixeira dos Reis Júnior"},
				{"the water had reached the school", "Osvaldo Teixeira dos Reis Júnior"},
			}},
		{"suffix after three words",
			"The prosecutor, Heitor Vilela Prado Filho, said the case was closed. Prado said the file had gone to the judge.",
			[]speakerWant{
				{"the case was closed", "Heitor Vilela Prado Filho"},
				{"the file had gone to the judge", "Heitor Vilela Prado Filho"},
			}},
		{"no given name first",
			"Westbridge Orrin Hallam Dunsby said the roof leaked.",
			[]speakerWant{{"the roof leaked", "Orrin Hallam Dunsby"}}},
		{"Neto as a surname",
			"Pedro Neto said the match was hard.",
			[]speakerWant{{"the match was hard", "Pedro Neto"}}},
	}
	checkSpeakerCases(t, "long names", tests)
}
