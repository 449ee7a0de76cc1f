package suggest

import "testing"

// TestLeadLabelCapital: a digest's item label before a capital stays out of
// the statement; a label that may be a name (named elsewhere, two
// capitalised words) or one in capitals is kept.
func TestLeadLabelCapital(t *testing.T) {
	tests := []suggestCase{
		{"a two-word label of common words",
			"Weekly round-up.\n\nFerry fares: Tickets to Hollin will cost £6 from May, the Ferry Board said.",
			[]suggestion{{"Tickets to Hollin will cost £6 from May", "the Ferry Board", "Ferry Board", "said", "I2", "indirect"}}},
		{"a lone label used in lower case elsewhere",
			"Weekly round-up. The park reopens.\n\nParks: Wardens will lock the gates at dusk, the Parks Trust said.",
			[]suggestion{{"Wardens will lock the gates at dusk", "the Parks Trust", "Parks Trust", "said", "I2", "indirect"}}},
		{"a lone label found nowhere else",
			"Weekly round-up.\n\nAllotments: Rents will rise by a fifth, the Land Office said.",
			[]suggestion{{"Rents will rise by a fifth", "the Land Office", "Land Office", "said", "I2", "indirect"}}},
	}
	nearMisses := []string{
		// a name the text uses elsewhere
		"Orla Fenn chaired the meeting.\n\nFenn: The depot will close, the council said.",
		// two capitalised words: a person's name
		"The meeting ran late.\n\nOrla Fenn: The depot will close, the council said.",
		// a role in capitals
		"The meeting ran late.\n\nCHAIR: The depot will close, the council said.",
	}
	checkSuggestCases(t, tests)
	for _, text := range nearMisses {
		got, _ := readSuggestions(text)
		t.Logf("%q: %v", text, got)
		for _, s := range got {
			if s.statement == "The depot will close" {
				t.Errorf("label dropped in %q: %v", text, got)
			}
		}
	}
}
