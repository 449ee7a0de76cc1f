package suggest

import "testing"

// TestPartyHeadings: under a heading of a name and a party in brackets,
// the candidate's first-person paragraphs are that candidate's statements
// with no cue, and what they quote is nested in them; a bracketed heading
// over narration, a name heading with no bracket and a heading over a
// question are not read so.
func TestPartyHeadings(t *testing.T) {
	tests := []suggestCase{
		{"two answers under a party heading",
			"We asked each candidate why voters should back them.\n\nLiesel Marchbanks (Harbour Party)\n\nI have run the ferry kiosk for twelve years. I know what the quay needs.\n\nMy first act will be to fix the slipway lights.",
			[]suggestion{
				{"I have run the ferry kiosk for twelve years. I know what the quay needs.", "Liesel Marchbanks", "Liesel Marchbanks", "", "B", "direct"},
				{"My first act will be to fix the slipway lights.", "Liesel Marchbanks", "Liesel Marchbanks", "", "B", "direct"},
			}},
		{"answers under two headings, one an independent",
			"The candidates answered in their own words.\n\nOrrin Haldane-Pryce (Independent)\n\nI belong to no party and I answer to nobody but the valley.\n\nTamsin Okorafor (Valley First)\n\nOur buses stop at six. I will get them running until ten.",
			[]suggestion{
				{"I belong to no party and I answer to nobody but the valley.", "Orrin Haldane-Pryce", "Orrin Haldane-Pryce", "", "B", "direct"},
				{"Our buses stop at six. I will get them running until ten.", "Tamsin Okorafor", "Tamsin Okorafor", "", "B", "direct"},
			}},
		{"an answer that quotes someone else",
			"Each candidate had 100 words.\n\nBenedikt Sorrell (Green Party)\n\nA farmer told me, “The river floods every March.” I will make the flood wall my priority.",
			[]suggestion{
				{"A farmer told me, “The river floods every March.” I will make the flood wall my priority.", "Benedikt Sorrell", "Benedikt Sorrell", "", "B", "direct"},
				{"“The river floods every March.”", "A farmer", "farmer", "told", "D3", "direct"},
			}},
		{"a bracketed heading over narration",
			"The council has a new leader.\n\nMarguerite Allendale (Labour)\n\nAllendale grew up in the town and was first elected in 2011. She runs a bakery.",
			nil},
		{"a name heading without a bracket",
			"The candidates gave their reasons.\n\nFennimore Quist\n\nWe will meet in the hall on Friday.",
			nil},
		{"a bracketed heading that names no one",
			"The count ran late into the night.\n\nCount Results (provisional)\n\nWe will publish the final figures in the morning.",
			nil},
		{"a bracket that holds more than a party",
			"The candidates gave their reasons.\n\nIsolde Brannagh (who stood down in March after a row)\n\nI regret nothing about the campaign.",
			nil},
	}
	checkSuggestCases(t, tests)
}
