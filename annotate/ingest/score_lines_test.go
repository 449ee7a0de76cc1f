package ingest

import (
	"strings"
	"testing"
)

// Result boxes above a match report or ratings page, in wordings no
// fixture uses: the status label, the scorers in brackets and the facts
// after a dot go with the scoreline; a sentence about the score stays, and
// "FT:" is never a dateline's place.

func TestResultBox(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"FT: Kelmouth Rovers 3 (Tait 4, 61, Ogun 90) Elmbridge Town 0 · Att: 6,210", true},
		{"HT - Port Ellis 1 (Varga 38) Skerrow United 1 (Hay 41 pen)", true},
		{"Full time: Kelmouth Rovers 2-2 Elmbridge Town | Ref: Anna Birch", true},
		{"Final score: Port Ellis 24 Skerrow Wanderers 17 · Attendance 3,004", true},
		{"Kelmouth Rovers 1 (Ogun 12) Elmbridge Town 0", true},
		// near-misses: prose, a headline and facts that are not facts
		{"FT: Kelmouth Rovers 3 Elmbridge Town 0, and the home fans stayed to sing.", false},
		{"Full time: the players stayed out to applaud the travelling fans", false},
		{"Result: 14 councillors voted for the plan (three abstained)", false},
		{"FT: Kelmouth Rovers 3 Elmbridge Town 0 · Share on X · Copy link", false},
		{"Ogun scores twice as Rovers beat Town 3-0", false},
	}
	for _, tt := range tests {
		if got := resultBox(tt.line); got != tt.want {
			t.Errorf("resultBox(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestResultBoxLeavesRatingsPage(t *testing.T) {
	page := "# Kelmouth Rovers 3-0 Elmbridge Town: how the Rovers players rated\n\n" +
		"*Ogun’s early goal settled the nerves; our marks for every player*\n\n" +
		"> **FT:** Kelmouth Rovers 3 (Tait 4, 61, Ogun 90) Elmbridge Town 0 · Att: 6,210\n\n" +
		"Rovers kept a third clean sheet in a row, and their manager, Hugh Varley, said afterwards that the defence had been “as good as I’ve seen it” since he took over in the summer.\n\n" +
		"**Ben Tait – 8** Two goals and a hand in the third. Varley said his striker was “finally playing with a smile on his face”.\n\n" +
		"**Sol Ogun – 7** Busy all afternoon and rewarded with a tap-in at the death after Elmbridge had pushed everyone forward.\n"
	doc, err := Clean("ratings.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"FT: Kelmouth Rovers 3 (Tait 4, 61, Ogun 90) Elmbridge Town 0 · Att: 6,210"})
	if !strings.Contains(doc.Text, "\n\nRovers kept a third clean sheet") {
		t.Errorf("story's first paragraph lost:\n%s", doc.Text)
	}
	if got, _ := dateline("FT: Kelmouth Rovers 3 Elmbridge Town 0, and the home fans stayed to sing."); got != "" {
		t.Errorf("dateline of a result line = %q, want none", got)
	}
}

// A result box split over lines by a phone app: the scorers' line and the
// ground with its facts go; prose naming a minute or a crowd stays.
func TestScorerAndMatchFactsLines(t *testing.T) {
	for _, tc := range []struct {
		s          string
		scorer, mf bool
	}{
		{"Tait 4’, Ogun 61’", true, false},
		{"Hay 41' (pen)", true, false},
		{"Ogun 12', 70', Van der Berg 88'", true, false},
		{"Quayside Ground · Att: 6,210", false, true},
		{"Mill Lane · Ref: Anna Birch · Att: 904", false, true},
		// near-misses
		{"Tait scored in the 4th minute and Ogun in the 61st.", false, false},
		{"Ogun 12’ was the moment it turned, said the manager", false, false},
		{"Quayside Ground · Saturday", false, false},
		{"The crowd of 6,210 was the biggest this season · Att: 6,210.", false, false},
		{"Quayside Ground", false, false},
	} {
		w := wordCount(tc.s)
		if got := scorerLine(tc.s, w); got != tc.scorer {
			t.Errorf("scorerLine(%q) = %v, want %v", tc.s, got, tc.scorer)
		}
		if got := matchFactsLine(tc.s, w); got != tc.mf {
			t.Errorf("matchFactsLine(%q) = %v, want %v", tc.s, got, tc.mf)
		}
	}
}

// A fixture line over a result box a phone app split over lines goes with
// the box; a "v" headline over kept text, or over furniture with no score
// or without both sides, stays.
func TestFixtureLineOverResultBox(t *testing.T) {
	story := "Penford Athletic came from behind to beat Caldwell Rovers on Saturday, their third win in a row.\n\n" +
		"“We kept going,” the Penford manager, Ola Brandt, said after the match.\n"
	tests := []struct {
		name, top string
		gone      bool
	}{
		{"over a split box", "Caldwell Rovers v Penford Athletic\nLive\nReport\nCaldwell Rovers\n1 - 2\nPenford Athletic\nFT\n\n", true},
		{"vs over a one-line box", "Caldwell Rovers vs Penford Athletic\nFT: Caldwell Rovers 1-2 Penford Athletic\n\n", true},
		// Near-misses.
		{"over kept text", "Caldwell Rovers v Penford Athletic\n\n", false},
		{"box without a score", "Caldwell Rovers v Penford Athletic\nLive\nReport\nCaldwell Rovers\nPenford Athletic\n\n", false},
		{"box of other sides", "Caldwell Rovers v Penford Athletic\nLive\nReport\nMarsh Town\n1 - 2\nPenford Athletic\nFT\n\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Clean("fixture.txt", []byte(tc.top+story), KindText)
			if err != nil {
				t.Fatal(err)
			}
			fixture := strings.SplitN(tc.top, "\n", 2)[0]
			gone := !strings.Contains(doc.Text, fixture+"\n")
			if gone != tc.gone {
				t.Errorf("%q gone = %v, want %v:\n%s", fixture, gone, tc.gone, doc.Text)
			}
			if !strings.Contains(doc.Text, "third win in a row") {
				t.Errorf("story lost:\n%s", doc.Text)
			}
		})
	}
}
