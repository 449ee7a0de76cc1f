package ingest

import "testing"

// Boxed notices of when to vote, in wordings no fixture uses, beside boxes
// and lines on a vote that are the story's and must stay.

func TestVotingNotices(t *testing.T) {
	for _, lines := range [][]string{
		{"Polling day", "Polling stations open at 7am and close at 10pm on Thursday 6 May."},
		{"Online voting closes at noon on Friday.", "The count is expected to be declared at 9pm in the sports hall."},
		{"Polls are open from 7am until 10pm. Remember your poll card."},
	} {
		if !votingNoticeBox(lines) {
			t.Errorf("voting notice box kept: %q", lines)
		}
	}
	for _, lines := range [][]string{
		{"Polls open at 7am on Thursday, the returning officer said."},
		{"Voting opens", "\"We expect a big turnout at 7am,\" the returning officer said."},
		{"Who is standing", "Tom Ash — Labour", "Jo Reddy — Green"},
		{"Polls open on Thursday."},
		{"Voting closes at 4pm on Friday. Turnout has fallen at each of the last three elections and the union fears it will fall again."},
	} {
		if votingNoticeBox(lines) {
			t.Errorf("story box taken as a voting notice: %q", lines)
		}
	}
}

// TestVotingNoticesOnlyInBoxes checks that a notice's wording in a
// paragraph of the story, outside a blockquote, stays.
func TestVotingNoticesOnlyInBoxes(t *testing.T) {
	units := []unit{
		{text: "Polls open 7am to 10pm on Thursday 17 June.", block: 0},
		{text: "Voting opens", block: 1, boxed: true},
		{text: "Voting runs from 9am to 5pm on Friday.", block: 1, boxed: true},
	}
	kinds := make([]junk, len(units))
	removed := make([][]string, len(units))
	removeVotingNotices(units, kinds, removed)
	if kinds[0] != keep {
		t.Errorf("story paragraph removed: %q", units[0].text)
	}
	if kinds[1] == keep || kinds[2] == keep {
		t.Errorf("boxed notice kept: %v", kinds)
	}
}
