package suggest

import "testing"

// TestHeadedBlocks: under a speaker line "Name, role" or "Name, age,
// occupation", the first-person paragraphs and the paragraphs that are one
// quotation are that person's statements with no cue; the narration after
// them, a subheading over narration, a profile's name line over a
// biography and a Q&A's question heading are not.
func TestHeadedBlocks(t *testing.T) {
	tests := []suggestCase{
		{"two answers under a role line, the reporter's sentence after",
			"The town votes on the new bridge next month.\n\nDr Lena Vantongeren, engineer, Coldwater Polytechnic\n\nI have looked at the drawings twice. The span is longer than anything we have built here.\n\nMy worry is the winter. Ice on the deck is a problem nobody has costed.\n\nShe added that the design was otherwise sound.",
			[]suggestion{
				{"I have looked at the drawings twice. The span is longer than anything we have built here.", "Lena Vantongeren", "Lena Vantongeren", "", "B", "direct"},
				{"My worry is the winter. Ice on the deck is a problem nobody has costed.", "Lena Vantongeren", "Lena Vantongeren", "", "B", "direct"},
				{"the design was otherwise sound", "She", "Lena Vantongeren", "added", "I1", "indirect"},
			}},
		{"a quoted answer under an age line",
			"We asked shoppers about the new bins.\n\nOswin Farlowe-Tate, 63, baker\n\n\"They are too small. We fill ours by lunchtime.\"\n\nThe council will review the bins in May.",
			[]suggestion{
				{"\"They are too small. We fill ours by lunchtime.\"", "Oswin Farlowe-Tate", "Oswin Farlowe-Tate", "", "B", "direct"},
			}},
		{"a profile's name line over a biography",
			"Meet the new members of the board.\n\nHelga Strandqvist, 52, accountant\n\nStrandqvist grew up on a farm and trained in Leeds. She joined the firm in 2004.",
			nil},
		{"a subheading over narration",
			"The plan has its critics.\n\nMoney, staff and time\n\nThe budget has not grown in five years, and two posts are empty.",
			nil},
		{"a question heading in a Q&A",
			"We put readers' questions to the council.\n\nWhen will the road reopen, and why the delay?\n\nThe road will reopen in June after repairs to a drain.",
			nil},
	}
	checkSuggestCases(t, tests)
}
