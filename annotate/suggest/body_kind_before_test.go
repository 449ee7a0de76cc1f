package suggest

import "testing"

// TestBodyKindBeforeName: a name after a team's noun ("from Portuguese
// second-tier side UD Barreira") is a body, so "The Portuguese club" takes
// it and a "she" in the story is no club; a name with a given name after
// such a noun ("the team Ana Ruiz built") stays a person.
func TestBodyKindBeforeName(t *testing.T) {
	tests := []speakerCase{
		{"a side named after its kind",
			"Kelso Town have signed midfielder Rui Sardo from Portuguese second-tier side UD Barreira.\n\n" +
				"Town's coach Megan Holt said the deal had been agreed on Friday.\n\n" +
				"Barreira said on their website that Sardo had asked to leave. The Portuguese club said it had kept a sell-on clause.",
			[]speakerWant{{"it had kept a sell-on clause", "UD Barreira"}}},
		{"near miss: a person after the noun",
			"Leo Brandt joined the team Ana Ruiz built in 2019.\n\nRuiz said the squad was young. She said it was ready for the final.",
			[]speakerWant{{"it was ready for the final", "Ana Ruiz"}}},
	}
	checkSpeakerCases(t, "body kind before a name", tests)
}
