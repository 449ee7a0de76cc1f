package suggest

import "testing"

// TestTopicBlocks: under two or more "On …:" topic headings, a paragraph
// that is one quotation with no cue is a statement of the person the intro
// has speaking to the press; a single heading, headings over narration and
// notes whose intro has no one speaking are left to the other rules.
func TestTopicBlocks(t *testing.T) {
	tests := []suggestCase{
		{"two headings over quotations after a spoke-to-the-media intro",
			"Harbour Town coach Lena Marsh spoke to the media on Friday before the derby.\n\nOn the injury:\n\n‘Sam has a knock on his knee and he will miss the weekend.’\n\nOn the derby:\n\n‘It is the game everyone wants to play in.’",
			[]suggestion{
				{"‘Sam has a knock on his knee and he will miss the weekend.’", "Lena Marsh", "Lena Marsh", "", "B", "direct"},
				{"‘It is the game everyone wants to play in.’", "Lena Marsh", "Lena Marsh", "", "B", "direct"},
			}},
		{"three headings, two quotations under the first, a said intro",
			"Council leader Amir Patel said he would take questions after the budget vote.\n\nOn the budget:\n\n‘We have balanced the books for a third year.’\n\n‘Nobody likes cutting services and we have tried not to.’\n\nOn the bins:\n\n‘Weekly collections stay.’\n\nAbout the election:\n\n‘I will stand again.’",
			[]suggestion{
				{"he would take questions after the budget vote", "Council leader Amir Patel", "Amir Patel", "said", "I1", "indirect"},
				{"‘We have balanced the books for a third year.’", "Amir Patel", "Amir Patel", "", "B", "direct"},
				{"‘Nobody likes cutting services and we have tried not to.’", "Amir Patel", "Amir Patel", "", "B", "direct"},
				{"‘Weekly collections stay.’", "Amir Patel", "Amir Patel", "", "B", "direct"},
				{"‘I will stand again.’", "Amir Patel", "Amir Patel", "", "B", "direct"},
			}},
		{"headings named in the intro by a talked verb",
			"Head coach Rosa Lindqvist talked to reporters after training.\n\nOn selection:\n\n‘Everyone is fit and everyone wants to start.’\n\nOn the weather:\n\n‘If it rains we will kick more.’",
			[]suggestion{
				{"‘Everyone is fit and everyone wants to start.’", "Rosa Lindqvist", "Rosa Lindqvist", "", "B", "direct"},
				{"‘If it rains we will kick more.’", "Rosa Lindqvist", "Rosa Lindqvist", "", "B", "direct"},
			}},
		{"a single heading is narration's",
			"Harbour Town coach Lena Marsh spoke to the media on Friday before the derby.\n\nOn the injury:\n\n‘Sam has a knock on his knee and he will miss the weekend.’",
			nil},
		{"headings over narration paragraphs",
			"Harbour Town coach Lena Marsh spoke to the media on Friday before the derby.\n\nOn the injury:\n\nSam has a knock on his knee and will miss the weekend.\n\nOn the derby:\n\nTickets have sold out.",
			nil},
		{"an intro where no named person speaks",
			"The derby kicks off at three on Saturday at the Moat.\n\nOn the injury:\n\n‘Sam has a knock on his knee and he will miss the weekend.’\n\nOn the derby:\n\n‘It is the game everyone wants to play in.’",
			nil},
	}
	checkSuggestCases(t, tests)
}
