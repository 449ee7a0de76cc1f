package suggest

import "testing"

// TestNameBeforeRoleRelative: a name, a lower-case role between commas and
// a relative clause before the cue ("Ann Lee, chief executive of Harbour
// Ferries, which runs …, said") make the name the speaker; without the
// name, or with a capitalised body before the role, nothing changes.
func TestNameBeforeRoleRelative(t *testing.T) {
	tests := []speakerCase{
		{"a role of a body with a which-clause",
			"Fares will fall. Ann Lee, chief executive of Harbour Ferries, which runs the island routes, said the company backed the plan.",
			[]speakerWant{{"the company backed the plan", "Ann Lee"}}},
		{"a role with a who-clause",
			"The pier will close. Tomas Brek, a spokesman for the port, who joined in May, said repairs would take a year.",
			[]speakerWant{{"repairs would take a year", "Tomas Brek"}}},
		{"a role with a whose-clause",
			"The school will merge. Dr Rhea Pike, head of Elm Academy, whose roll has halved since 2020, told parents the merger was overdue.",
			[]speakerWant{{"the merger was overdue", "Rhea Pike"}}},
		{"near miss: a role with no name before it",
			"Fares will fall. The chief executive of Harbour Ferries, which runs the island routes, said the company backed the plan.",
			[]speakerWant{{"the company backed the plan", "chief executive of Harbour Ferries"}}},
		{"near miss: a body before its description",
			"Fares will fall. Harbour Ferries, the operator of the routes, which was founded in 1990, said the company backed the plan.",
			[]speakerWant{{"the company backed the plan", "Harbour Ferries"}}},
		{"near miss: a name with no role between it and the clause",
			"Fares will fall. Harbour Ferries, which runs the island routes, said the company backed the plan.",
			[]speakerWant{{"the company backed the plan", "Harbour Ferries"}}},
	}
	checkSpeakerCases(t, "name before role and relative clause", tests)
}
