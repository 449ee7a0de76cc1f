package suggest

import "testing"

// TestCrowdVoices: an exchange from the floor told twice. The report's
// "a protester … shouted that …" is the protester's statement; in the
// transcript after it, the turn labelled "A VOICE:" is that protester's,
// and so is a later "he told reporters". A transcript whose indefinite
// label follows no one who shouted keeps the label's words, and an
// interview's one-letter "A:" is still the interviewee's answer.
func TestCrowdVoices(t *testing.T) {
	tests := []speakerCase{
		{"a heckler, then his turn in the transcript, then what he told reporters",
			"Rosa Lindqvist spoke for forty minutes at the Corn Exchange.\n\nHalfway through, one protester, a man by the fire door, shouted that the mayor had sold the library. The council's recording gives the exchange:\n\nA VOICE: You sold the library to a developer!\n\nMS LINDQVIST: We saved it, sir, and you are welcome to visit.\n\nStewards walked the man out. On the steps, he told reporters that he had been \"silenced for asking a question\".",
			[]speakerWant{
				{"the mayor had sold the library", "protester"},
				{"You sold the library to a developer!", "protester"},
				{"he had been \"silenced for asking a question\"", "protester"},
			}},
		{"a heckler by the noun alone",
			"Then a heckler shouted that the ferry fares had doubled.",
			[]speakerWant{{"the ferry fares had doubled", "heckler"}}},
	}
	checkSpeakerCases(t, "crowd voices", tests)

	// near-misses: no one in the crowd spoke up before the transcript,
	// and a Q&A's "A:" label
	nearMisses := []speakerCase{
		{"an indefinite label with no shout before it keeps its words",
			"The committee heard evidence on Monday. The record reads:\n\nA MEMBER: Is the bridge safe?\n\nDR OKONJO: The bridge is safe for cars but not for lorries.",
			[]speakerWant{{"The bridge is safe for cars but not for lorries.", "OKONJO"}}},
		{"an interview's A: stays the interviewee's",
			"Petra Voss has run the ferry for twenty years.\n\nQ: Will the fares rise?\n\nA: They will rise by a pound in April.",
			[]speakerWant{{"They will rise by a pound in April.", "Petra Voss"}}},
	}
	checkSpeakerCases(t, "crowd voice near-misses", nearMisses)
	got, _ := readSuggestions(nearMisses[0].text)
	for _, g := range got {
		if g.canonical == "protester" || g.canonical == "heckler" {
			t.Errorf("%q given to a crowd voice no one described", g.statement)
		}
	}
}
