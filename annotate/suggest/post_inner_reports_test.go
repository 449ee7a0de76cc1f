package suggest

import "testing"

// TestPostInnerReports: inside a tagged post, a quotation standing after
// "X says …" is X's and a known speaker's name label before a paraphrase
// ("Roe: that …") gives the paraphrase to that speaker, both nested in
// the post; a quotation after a sentence reporting no one, a label naming
// no speaker met before, and the same shapes in an untagged paragraph
// give nothing.
func TestPostInnerReports(t *testing.T) {
	frame := "The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\n"
	tail := "\n\nThe pool closed in 2023."
	says := "Mayor Ann Roe says the pool will reopen in May."
	quote := "\"We have waited long enough for this building.\""
	tests := []suggestCase{
		{"a quotation after a report in the post",
			frame + says + " " + quote + " #HaleCouncil" + tail,
			[]suggestion{
				{says + " " + quote + " #HaleCouncil", "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
				{quote, "Mayor Ann Roe", "Ann Roe", "", "F", "direct"},
			}},
		{"a known speaker's label before a paraphrase",
			"Mayor Ann Roe said the pool would reopen.\n\nReporter Cara Lund posted from the meeting:\n\nCouncillor Ben Hart asks about the roof. Roe: the roof is paid for out of reserves. #HaleCouncil" + tail,
			[]suggestion{
				{"the pool would reopen", "Mayor Ann Roe", "Ann Roe", "said", "I1", "indirect"},
				{"Councillor Ben Hart asks about the roof. Roe: the roof is paid for out of reserves. #HaleCouncil", "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"the roof is paid for out of reserves", "Roe", "Ann Roe", "", "F", "indirect"},
			}},
		{"a quotation after a report by a pronoun",
			frame + "Ann Roe is asked about the roof. She says it is paid for. " + quote + " #HaleCouncil" + tail,
			[]suggestion{
				{"Ann Roe is asked about the roof. She says it is paid for. " + quote + " #HaleCouncil", "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"it is paid for", "She", "Ann Roe", "says", "I1", "indirect"},
				{quote, "She", "Ann Roe", "", "F", "direct"},
			}},
		{"a quotation after a sentence reporting no one",
			frame + "Big crowd in the hall tonight. " + quote + " #HaleCouncil" + tail,
			[]suggestion{
				{"Big crowd in the hall tonight. " + quote + " #HaleCouncil", "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
			}},
		{"a label that names no speaker",
			frame + "Councillor Ben Hart asks about the roof. Update: the vote has been put back a week. #HaleCouncil" + tail,
			[]suggestion{
				{"Councillor Ben Hart asks about the roof. Update: the vote has been put back a week. #HaleCouncil", "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
			}},
		{"a label in an untagged paragraph",
			"Mayor Ann Roe said the pool would reopen.\n\nCouncillor Ben Hart asked about the roof. Roe: the roof is paid for out of reserves." + tail,
			[]suggestion{
				{"the pool would reopen", "Mayor Ann Roe", "Ann Roe", "said", "I1", "indirect"},
			}},
	}
	checkSuggestCases(t, tests)
}
