package suggest

import "testing"

// TestTaggedPosts: a post that ends with a hashtag and reports others
// ("Roe says … #Tag") is the poster's statement under a post frame, what it
// reports nested in it, and a later unframed paragraph ending with the
// same hashtag is the same poster's; a paragraph with no hashtag, one
// opening with a quotation, or a hashtag two posters share is not.
func TestTaggedPosts(t *testing.T) {
	first := "Mayor Ann Roe says the pool will reopen in May. #HaleCouncil"
	later := "Councillor Ben Hart asks who pays for the new roof. No answer yet. #HaleCouncil"
	tests := []suggestCase{
		{"a framed tagged post and the report in it",
			"The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\n" + first + "\n\nThe pool closed in 2023.",
			[]suggestion{
				{first, "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
			}},
		{"a later post of the series with no frame",
			"The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\n" + first + "\n\nThe pool closed in 2023.\n\n" + later + "\n\nThe meeting ended at ten.",
			[]suggestion{
				{first, "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
				{later, "Reporter Cara Lund", "Cara Lund", "", "B", "direct"},
			}},
		{"a tagged post on an account",
			"The council met on Monday.\n\nCara Lund posted on her official account:\n\n" + first + "\n\nThe pool closed in 2023.",
			[]suggestion{
				{first, "Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
			}},
		{"no hashtag: narration after the frame",
			"The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\nMayor Ann Roe says the pool will reopen in May.\n\nThe pool closed in 2023.",
			[]suggestion{
				{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
			}},
		{"an unframed tagged paragraph with another hashtag",
			"The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\n" + first + "\n\nThe pool closed in 2023.\n\nCouncillor Ben Hart asks who pays for the new roof. No answer yet. #HaleBudget",
			[]suggestion{
				{first, "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
			}},
		{"a hashtag two posters share",
			"The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\n" + first + "\n\nThe pool closed in 2023.\n\nCampaigner Dev Patel posted from the gallery:\n\nThe roof is the real scandal here. #HaleCouncil\n\n" + later,
			[]suggestion{
				{first, "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
				{"The roof is the real scandal here. #HaleCouncil", "Campaigner Dev Patel", "Dev Patel", "posted", "B", "direct"},
			}},
	}
	checkSuggestCases(t, tests)
}
