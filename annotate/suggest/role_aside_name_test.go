package suggest

import "testing"

// TestRoleAsideName: a name, a lower-case role after it and a second
// aside ("one of …", "a …", "the …") before the cue: the name speaks, not
// the role nor the body it names; a nameless role, a name set after a
// role, or a single aside stay as they were.
func TestRoleAsideName(t *testing.T) {
	tests := []speakerCase{
		{"one of the group's customers",
			"Ann Lee, buyer at Harbour Foods, one of the group's largest customers, said: “The trays have cut our waste by half.”",
			[]speakerWant{{"The trays have cut our waste by half.", "Ann Lee"}}},
		{"a body with a suffix",
			"Anna Pike, head of sales at Dorn Ltd, one of the largest firms in the region, said the orders had doubled.",
			[]speakerWant{{"the orders had doubled", "Anna Pike"}}},
		{"an article aside",
			"Ian Moss, head of sales at Dorn, a family firm, said the orders had doubled.",
			[]speakerWant{{"the orders had doubled", "Ian Moss"}}},
		{"a name after a nameless role stays",
			"The mayor, Tom Hart, a former teacher, said the bridge was safe.",
			[]speakerWant{{"the bridge was safe", "Tom Hart"}}},
		{"an age aside stays",
			"Ian Moss, 54, a teacher, said the school was cold.",
			[]speakerWant{{"the school was cold", "Ian Moss"}}},
		{"a single role aside stays",
			"Ann Lee, buyer at Harbour Foods, said the trays were good.",
			[]speakerWant{{"the trays were good", "Ann Lee"}}},
		{"a name as the second aside stays",
			"The company's owner, a former chef, Ruth Gale, said the menu would change.",
			[]speakerWant{{"the menu would change", "Ruth Gale"}}},
	}
	checkSpeakerCases(t, "role aside name", tests)
}
