package ingest

import "testing"

// Fixture boxes set in space-aligned cells, in wordings no fixture uses,
// beside lines that name matches and must stay.

func TestSpacedFixtureBoxes(t *testing.T) {
	tests := []struct {
		name        string
		heading     string
		line        string
		remove      bool // the line
		dropHeading bool
	}{
		{"next match", "NEXT MATCH", "Tue 10 Nov   Harbury Town v Oldcastle United   19:45   The Wharf", true, true},
		{"fixtures, no ground", "Fixtures", "Sunday 12 April   Kelby Rovers v Marsh Athletic   14:00", true, true},
		{"kick-off only", "Up next", "Kelby Rovers vs Marsh Athletic   19:30   Live on Radio Kelby", true, true},
		{"not a box heading", "Harbury keep faith with young squad", "Tue 10 Nov   Harbury Town v Oldcastle United   19:45   The Wharf", true, false},
		{"a sentence naming a match", "NEXT MATCH", "Harbury Town v Oldcastle United kicks off at 19:45 on Tuesday.", false, false},
		{"no teams", "Coming up", "Sat 7 Mar   Club open day   11:00   The Wharf", false, false},
		{"a court list", "Next hearing", "Tue 10 Nov   Crown v Hadley   10:00   Court 3", true, false},
		{"one space between fields", "NEXT MATCH", "Tue 10 Nov Harbury Town v Oldcastle United 19:45 The Wharf", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			units := []unit{
				{text: "The chairman said the club would keep faith with its young squad and that no player would be sold in January, whatever the offers.", block: 0},
				{text: tc.heading, block: 1},
				{text: tc.line, block: 1},
				{text: "Supporters will hold a meeting at the ground next week to discuss the sale and the future of the stadium, the trust said.", block: 2},
			}
			kinds := []junk{keep, keep, keep, keep}
			removed := make([][]string, len(units))
			wc := make([]int, len(units))
			for i := range units {
				wc[i] = wordCount(units[i].text)
			}
			removeSpacedFixtureBoxes(units, kinds, removed, wc)
			if got := kinds[2] != keep; got != tc.remove {
				t.Errorf("%q removed = %v, want %v", tc.line, got, tc.remove)
			}
			if got := kinds[1] != keep; got != tc.dropHeading {
				t.Errorf("heading %q removed = %v, want %v", tc.heading, got, tc.dropHeading)
			}
			if kinds[0] != keep || kinds[3] != keep {
				t.Errorf("story paragraphs removed")
			}
		})
	}
}
