package suggest

import "testing"

// TestCoordinatedColonQuote: "said A but added: “Q”" gives the quotation as
// a second statement of the speaker with the verb as its cue; no quotation
// after the colon, a quotation that does not end the sentence, or no verb
// after "and" changes nothing.
func TestCoordinatedColonQuote(t *testing.T) {
	checkSuggestCases(t, []suggestCase{
		{"but added colon",
			"The chair, Rosa Lind, told reporters the vote was \"a hard day for the club\" but added: \"The rules apply to all of us.\"",
			[]suggestion{
				{"the vote was \"a hard day for the club\"", "Rosa Lind", "Rosa Lind", "told", "I1", "mixed"},
				{"\"The rules apply to all of us.\"", "Rosa Lind", "Rosa Lind", "added", "I1c", "direct"}}},
		{"and added colon",
			"The chair, Rosa Lind, said the vote was close and added: \"The rules apply to everyone.\"",
			[]suggestion{
				{"the vote was close", "Rosa Lind", "Rosa Lind", "said", "I1", "indirect"},
				{"\"The rules apply to everyone.\"", "Rosa Lind", "Rosa Lind", "added", "D3", "direct"}}},
		{"but insisted colon curly",
			"The coach, Tim Hale, said the result was fair but insisted: “We will be back.”",
			[]suggestion{
				{"the result was fair", "Tim Hale", "Tim Hale", "said", "I1", "indirect"},
				{"“We will be back.”", "Tim Hale", "Tim Hale", "insisted", "I1c", "direct"}}},
		{"near-miss: plain words after the colon",
			"The coach, Tim Hale, said the result was fair but added: the team will train on Monday.",
			[]suggestion{{"the result was fair", "Tim Hale", "Tim Hale", "said", "I1", "indirect"}}},
		{"near-miss: quotation not at the end",
			"The coach, Tim Hale, said the result was fair but added: “We will be back” in a note to fans.",
			[]suggestion{{"the result was fair", "Tim Hale", "Tim Hale", "said", "I1", "indirect"}}},
		{"near-miss: no verb after and",
			"The coach, Tim Hale, said the result was fair and the fans: “We will be back.”",
			[]suggestion{{"the result was fair and the fans: “We will be back.”", "Tim Hale", "Tim Hale", "said", "I1", "mixed"}}},
	})
}
