package suggest

import (
	"strings"
	"testing"
)

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

// TestChairLabels: a record's chair labelled by honorific and office
// ("MR SPEAKER:", "MADAM DEPUTY SPEAKER:") is the office without the
// honorific; a member's label with a name keeps the name.
func TestChairLabels(t *testing.T) {
	text := "The exchange is taken from the record.\n\n" +
		"MR ALDOUS PRENT: Will the minister say when the bypass opens?\n\n" +
		"THE MINISTER FOR ROADS (ELSA VANE): The bypass will open in April, whatever the member has read.\n\n" +
		"MR SPEAKER: Order. Members will hear the minister in silence.\n\n" +
		"MR ALDOUS PRENT: The tolls have doubled since the plan was first announced.\n\n" +
		"MADAM DEPUTY SPEAKER: We must move on to the next question now."
	want := map[string]string{
		"Order. Members will hear the minister in silence.":          "Speaker",
		"We must move on to the next question now.":                  "Deputy Speaker",
		"The tolls have doubled since the plan was first announced.": "aldous prent",
	}
	got, _ := readSuggestions(text)
	for in, w := range want {
		found := false
		for _, g := range got {
			if strings.Contains(g.statement, in) {
				found = true
				if c := strings.ToLower(g.canonical); c != strings.ToLower(w) && !strings.HasSuffix(c, " "+w) {
					t.Errorf("%q: speaker %q, want %q", in, g.canonical, w)
				}
			}
		}
		if !found {
			t.Errorf("no turn %q in %v", in, got)
		}
	}
}
