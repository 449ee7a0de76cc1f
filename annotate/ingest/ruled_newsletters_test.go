package ingest

import (
	"strings"
	"testing"
)

// A plain-text letter ruled into sections, in wordings no fixture uses,
// and pages with rules round a story that must keep their text.

const ruledStory = "Ferry pier at Holnstead to close for repairs over winter\n\n" +
	"The harbour board says crossings will move to the old slipway, but fishermen fear the tides there\n\n" +
	"HOLNSTEAD – The pier that serves the island ferry will shut from November for five months of repairs, the harbour board said on Thursday.\n\n" +
	"The board's engineer, Lotte Brandvik, said the piles under the landing stage had rotted faster than anyone had expected since the last survey.\n\n" +
	"Crossings will run from the old slipway at the north end of the harbour, which was last used for passengers in the 1980s and has no shelter.\n\n" +
	"Fishermen who land their catch beside the slipway said they had not been asked about the plan and would raise it at the next board meeting.\n\n"

func TestRuledNewsletterKeepsTheStory(t *testing.T) {
	furniture := []string{
		"THE TIDE LINE",
		"Letters from the harbour, fortnightly · No. 41 · 3 March 2028",
		"FROM THE DESK",
		"Short one this time, because the storm took the power out on Tuesday and most of my notes with it. See you at the quay.",
		"- Tove",
		"LEAD STORY",
		"ALSO READING",
		"* The chandlery on Quay Lane has new winter hours (Holnstead Herald)",
		"* Gulls are nesting early this year, birders say (Coast Radio)",
		"PS: Write back and tell me where you buy your bait. - Tove Lindqvist",
	}
	page := "THE TIDE LINE\nLetters from the harbour, fortnightly · No. 41 · 3 March 2028\n\n" +
		"------------------------------\n\n" +
		"FROM THE DESK\n\nShort one this time, because the storm took the power out on Tuesday and most of my notes with it. See you at the quay.\n\n- Tove\n\n" +
		"------------------------------\n\n" +
		"LEAD STORY\n\n" + ruledStory +
		"------------------------------\n\n" +
		"ALSO READING\n\n* The chandlery on Quay Lane has new winter hours (Holnstead Herald)\n* Gulls are nesting early this year, birders say (Coast Radio)\n\n" +
		"------------------------------\n\n" +
		"PS: Write back and tell me where you buy your bait. - Tove Lindqvist\n"
	doc, err := Clean("tideline.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, furniture)
	if !strings.HasPrefix(doc.Text, "Ferry pier at Holnstead") || !strings.HasSuffix(doc.Text, "next board meeting.") {
		t.Errorf("story not kept whole:\n%s", doc.Text)
	}
}

func TestRuledNewsletterNearMissesStay(t *testing.T) {
	for _, tc := range []struct{ name, page string }{
		{"story first, a box under a rule", ruledStory + "==========\n\nFERRY TIMES\n\nDepartures every two hours from 7am\n\n==========\n\nReporting by Aino Kask\n"},
		{"one rule only", "HARBOUR NEWS\n\n==========\n\n" + ruledStory},
		{"scene breaks", "Harbour notes\n\n* * *\n\n" + ruledStory + "* * *\n\nLater that night the wind dropped.\n"},
		{"a results box between rules", "Greens take Eastmoor ward on a recount\n\nRESULT: EASTMOOR\n----------\nHale (Green) 911\nMossop (Lab) 871\n----------\nGreen GAIN. Majority: 40\nTurnout: 28.2% (electorate 6,410)\n\n" + strings.SplitN(ruledStory, "\n\n", 3)[2]},
		{"no headline over the section", "THE TIDE LINE\n\n----------\n\n" + strings.SplitN(ruledStory, "\n\n", 3)[2] + "----------\n\nFooter line\n"},
	} {
		a := fromText(tc.page)
		n := len(a.units)
		kinds := make([]junk, n)
		removed := make([][]string, n)
		wc := make([]int, n)
		for i, u := range a.units {
			wc[i] = wordCount(u.text)
			if newsletterRule(u.text) {
				kinds[i] = junkChrome
			}
		}
		before := append([]junk(nil), kinds...)
		removeRuledNewsletterSections(a.units, kinds, removed, wc)
		for i := range kinds {
			if kinds[i] != before[i] {
				t.Errorf("%s: took %q", tc.name, a.units[i].text)
			}
		}
	}
}

func TestRuledNewsletterLongSectionAfterStoryStays(t *testing.T) {
	more := "The board will decide in December whether a temporary pontoon could be hired for the busiest weekends, which would cost about forty thousand pounds for the season."
	page := "THE TIDE LINE\n\n==========\n\n" + ruledStory + "==========\n\n" + more + "\n\n==========\n\nUnsubscribe | Preferences\n"
	doc, err := Clean("tideline.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, more) {
		t.Errorf("prose after the story taken:\n%s", doc.Text)
	}
	if !strings.HasPrefix(doc.Text, "Ferry pier at Holnstead") {
		t.Errorf("masthead kept:\n%s", doc.Text)
	}
}
