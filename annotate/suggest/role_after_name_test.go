package suggest

import "testing"

// TestRoleAfterName: a role set after a speaker's name at the end of a
// sentence ("said Ms Varga, Chief Engineer.") is that person, so a later
// "She" is the person; a role that opens its own sentence is not tied to
// the name before it.
func TestRoleAfterName(t *testing.T) {
	tests := []speakerCase{
		{"a role after the name",
			"The bridge will stay shut until Friday. “We found cracks in two beams,” said Ms Ilona Varga, Chief Engineer.\n\n" +
				"She added that buses would replace the trams.",
			[]speakerWant{
				{"buses would replace the trams", "Ilona Varga"},
			}},
		{"near miss: a role that opens its own sentence with a name",
			"“We found cracks in two beams,” said Ms Ilona Varga.\n\n" +
				"Chief Engineer Tom Reyes said the beams were sound. He added that buses would replace the trams.",
			[]speakerWant{
				{"buses would replace the trams", "Tom Reyes"},
			}},
	}
	checkSpeakerCases(t, "role after name", tests)
}
