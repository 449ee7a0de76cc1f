package suggest

import "testing"

// TestGaelicSurnames: a Gaelic surname of several words ("Nic Giolla
// Phádraig", "Mac Giolla Rua") keeps the given name before it, so the
// title and the surname alone later are the same person; a name of four
// ordinary words still keeps only its last three, and "Mac" as a given
// name stays one.
func TestGaelicSurnames(t *testing.T) {
	tests := []speakerCase{
		{"Nic Giolla with a title later",
			"Aoife Nic Giolla Phádraig, a councillor, said the buses were late. “Nobody listens to us,” Ms Nic Giolla Phádraig said.",
			[]speakerWant{
				{"the buses were late", "Aoife Nic Giolla Phádraig"},
				{"“Nobody listens to us,”", "Aoife Nic Giolla Phádraig"},
			}},
		{"Mac Giolla",
			"Tomás Mac Giolla Rua said the pier needed repairs. Mr Mac Giolla Rua said the work would take a year.",
			[]speakerWant{
				{"the pier needed repairs", "Tomás Mac Giolla Rua"},
				{"the work would take a year", "Tomás Mac Giolla Rua"},
			}},
		{"Mac as a given name",
			"Mac Dunmore said the pier needed repairs.",
			[]speakerWant{{"the pier needed repairs", "Mac Dunmore"}}},
	}
	checkSpeakerCases(t, "gaelic surnames", tests)
}
