package suggest

import "testing"

// TestOfficeHolderInBrackets: an office opened by "the" with its holder's
// name in brackets speaks as the holder; a seat or a party in brackets
// after a person's name, and an acronym after a body's name, are no
// speaker.
func TestOfficeHolderInBrackets(t *testing.T) {
	tests := []speakerCase{
		{"a minister named in brackets, an addressee and a time before that",
			"The Minister for Rail (Ada Vane) told the House on Tuesday that the new timetable would start in May.",
			[]speakerWant{{"the new timetable would start in May", "Ada Vane"}}},
		{"a member for a seat named in brackets",
			"The member for Eastfield North (Tom Hale) said the line had been promised for ten years.",
			[]speakerWant{{"the line had been promised for ten years", "Tom Hale"}}},
		{"an acronym in brackets after a body's name",
			"The Royal College of Nursing (RCN) said staff were leaving faster than they could be trained.",
			[]speakerWant{{"staff were leaving faster than they could be trained", "Royal College of Nursing"}}},
	}
	checkSpeakerCases(t, "office holder in brackets", tests)
	// a seat in brackets after a person's name is never the speaker
	got, _ := readSuggestions("Tom Hale (Eastfield North) said the line had been promised for ten years.")
	for _, g := range got {
		if g.canonical == "Eastfield North" {
			t.Errorf("a seat taken for the speaker: %v", g)
		}
	}
}
