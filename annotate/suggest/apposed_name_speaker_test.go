package suggest

import "testing"

// TestApposedNameSpeakers: a role with a name between commas after it,
// before a cue the speaker finder reads without the name ("put it
// plainly: …"), speaks as the name; a pair joined by "and", or a name
// phrase that is no person's, keeps the finder's speaker.
func TestApposedNameSpeakers(t *testing.T) {
	tests := []speakerCase{
		{"role, name, put it",
			"Sales fell. Our shop manager, Petra Lind, put it plainly in a meeting: “We sold nothing in January.”",
			[]speakerWant{{"“We sold nothing in January.”", "Petra Lind"}}},
		{"role, name, said (already right)",
			"Sales fell. Our shop manager, Petra Lind, said that the winter was slow.",
			[]speakerWant{{"the winter was slow", "Petra Lind"}}},
		{"near miss: \"its\" is the resolver's own (the span stays the role)",
			"Sales fell. Its shop manager, Petra Lind, put it plainly in a meeting: “We sold nothing in January.”",
			[]speakerWant{{"“We sold nothing in January.”", "Petra Lind"}}},
		{"near miss: a body after \"the\" is left to the body rules",
			"Sales fell. Our union, the Harbour Dockers Association, put it plainly in a meeting: “We sold nothing in January.”",
			[]speakerWant{{"“We sold nothing in January.”", "Harbour Dockers Association"}}},
	}
	checkSpeakerCases(t, "apposed name speakers", tests)
}
