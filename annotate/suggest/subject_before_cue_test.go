package suggest

import "testing"

// TestDescriptionBeforeCueNoApposition: "…near Harwell Cross, the county
// council said" is the council speaking, so the council is not a name of
// the place before the comma; a true apposition ("Ann Marsh, the
// council's leader, said") still names its person.
func TestDescriptionBeforeCueNoApposition(t *testing.T) {
	tests := []speakerCase{
		{"a description before its cue",
			"The road was closed for a week after a landslip near Harwell Cross, the county council said.",
			[]speakerWant{
				{"The road was closed for a week", "county council"},
			}},
		{"near miss: a true apposition",
			"Ann Marsh, the council's leader, said the road would reopen. The leader said it was safe.",
			[]speakerWant{
				{"it was safe", "Ann Marsh"},
			}},
	}
	checkSpeakerCases(t, "description before its cue", tests)
}
