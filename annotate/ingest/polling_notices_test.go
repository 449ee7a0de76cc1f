package ingest

import "testing"

// Bare polling-day notices after election stories (removePollingNotices),
// in wordings no fixture uses, beside reported sentences about polling
// that must stay.

func TestPollingNotices(t *testing.T) {
	tests := []struct {
		name   string
		above  junk // what became of the line above
		line   string
		remove bool
	}{
		{"times and ID", junkChrome, "Polls open 7am to 10pm on Thursday 2 May. Bring photo ID.", true},
		{"polling stations", junkChrome, "Polling stations are open from 7am until 10pm on Thursday.", true},
		{"close, with an order", junkChrome, "Polls close at 9.30pm tonight. Check your polling card for your station.", true},
		{"past tense, reported", junkChrome, "Polls opened at 7am and turnout was brisk, the returning officer said.", false},
		{"with a quotation", junkChrome, "Polls open at 7am. “Come early,” the clerk said.", false},
		{"under kept text", keep, "Polls open 7am to 10pm on Thursday 2 May. Bring photo ID.", false},
		{"no time", junkChrome, "Polls open on Thursday across the district.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			units := []unit{
				{text: "The four candidates spoke to a full hall on Tuesday night about the library, the bins and the bus station, and the chair kept them to time.", block: 0},
				{text: "Who is standing", block: 1},
				{text: tc.line, block: 2},
				{text: "The count will be held at the leisure centre on Friday morning, and the result is expected by lunchtime, the council said.", block: 3},
			}
			kinds := []junk{keep, tc.above, keep, keep}
			removed := make([][]string, len(units))
			wc := make([]int, len(units))
			for i := range units {
				wc[i] = wordCount(units[i].text)
			}
			removePollingNotices(units, kinds, removed, wc)
			if got := kinds[2] != keep; got != tc.remove {
				t.Errorf("%q removed = %v, want %v", tc.line, got, tc.remove)
			}
		})
	}
}

func TestPollingNoticeLastAfterStory(t *testing.T) {
	units := []unit{
		{text: "The four candidates spoke to a full hall on Tuesday night about the library, the bins and the bus station, and the chair kept them to time.", block: 0},
		{text: "Polls open 8am to 9pm on Thursday.", block: 1},
	}
	kinds := []junk{keep, keep}
	removed := make([][]string, 2)
	removePollingNotices(units, kinds, removed, []int{wordCount(units[0].text), wordCount(units[1].text)})
	if kinds[1] == keep {
		t.Errorf("%q kept as the last paragraph after the story", units[1].text)
	}
}

// Boxed polling-day notices (removePollingNoticeBoxes), in wordings no
// fixture uses, beside boxes and lines on a vote that are the story's and
// must stay.

func TestPollingNoticeBoxes(t *testing.T) {
	for _, lines := range [][]string{
		{"Polling day", "Polling stations open at 7am and close at 10pm on Thursday 6 May."},
		{"Online voting closes at noon on Friday.", "The count is expected to be declared at 9pm in the sports hall."},
		{"Polls are open from 7am until 10pm. Remember your poll card."},
	} {
		if !pollingNoticeBox(lines) {
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
		if pollingNoticeBox(lines) {
			t.Errorf("story box taken as a voting notice: %q", lines)
		}
	}
}

// TestPollingNoticeBoxesOnlyInBoxes checks that a notice's wording in a
// paragraph of the story, outside a blockquote, stays.
func TestPollingNoticeBoxesOnlyInBoxes(t *testing.T) {
	units := []unit{
		{text: "Polls open 7am to 10pm on Thursday 17 June.", block: 0},
		{text: "Voting opens", block: 1, boxed: true},
		{text: "Voting runs from 9am to 5pm on Friday.", block: 1, boxed: true},
	}
	kinds := make([]junk, len(units))
	removed := make([][]string, len(units))
	removePollingNoticeBoxes(units, kinds, removed)
	if kinds[0] != keep {
		t.Errorf("story paragraph removed: %q", units[0].text)
	}
	if kinds[1] == keep || kinds[2] == keep {
		t.Errorf("boxed notice kept: %v", kinds)
	}
}
