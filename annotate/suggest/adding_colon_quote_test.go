package suggest

import "testing"

// TestAddingColonQuote: ", adding: “Q”" after a reported clause is a second
// statement, the quotation, with the participle as its cue; a participle
// with no colon, or a colon before plain words, stays as it was.
func TestAddingColonQuote(t *testing.T) {
	tests := []suggestCase{
		{"adding colon double quotes",
			"The head, Paula Venn, said the pass rate had fallen because more pupils had sat the exams, adding: \"I would rather have a school that takes everyone.\"",
			[]suggestion{
				{"the pass rate had fallen because more pupils had sat the exams", "Paula Venn", "Paula Venn", "said", "I1", "indirect"},
				{"\"I would rather have a school that takes everyone.\"", "Paula Venn", "Paula Venn", "adding", "I1c", "direct"}}},
		{"adding colon curly quotes",
			"The captain, Sam Ryder, said the pitch had been heavy all afternoon, adding: “We will be better for it next week.”",
			[]suggestion{
				{"the pitch had been heavy all afternoon", "Sam Ryder", "Sam Ryder", "said", "I1", "indirect"},
				{"“We will be better for it next week.”", "Sam Ryder", "Sam Ryder", "adding", "I1c", "direct"}}},
		{"insisting colon",
			"The owner, Beth Crane, said the shop would reopen in June, insisting: “Nobody is losing their job.”",
			[]suggestion{
				{"the shop would reopen in June", "Beth Crane", "Beth Crane", "said", "I1", "indirect"},
				{"“Nobody is losing their job.”", "Beth Crane", "Beth Crane", "insisting", "I1c", "direct"}}},
		{"near-miss: colon before plain words",
			"The clerk, Tom Wade, said the council had approved the plan, adding: the board will meet again in May.",
			[]suggestion{{"the council had approved the plan, adding: the board will meet again in May", "Tom Wade", "Tom Wade", "said", "I1", "indirect"}}},
		{"near-miss: warning colon is a tell participle",
			"The ranger, Ann Moss, said the path had been closed since Friday, warning: “Stay off the cliffs.”",
			[]suggestion{{"the path had been closed since Friday, warning: “Stay off the cliffs.”", "Ann Moss", "Ann Moss", "said", "I1", "mixed"}}},
		{"near-miss: quotation not at the end",
			"The manager, Kim Shaw, said sales had dropped in the spring, adding: “It was slow” in a note to staff.",
			[]suggestion{{"sales had dropped in the spring, adding: “It was slow” in a note to staff", "Kim Shaw", "Kim Shaw", "said", "I1", "mixed"}}},
	}
	checkSuggestCases(t, tests)
}
