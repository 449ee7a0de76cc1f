package suggest

import "testing"

// TestQuotedWhichComment: inside a quotation, what someone else said ends
// before the quoted speaker's ", which tells you …" comment on it; a
// "which" clause that is part of the reported words stays.
func TestQuotedWhichComment(t *testing.T) {
	tests := []suggestCase{
		{"which tells you",
			"‘The coach told us the plan was ready, which tells you something about him,’ Ann Roe said.",
			[]suggestion{
				{"‘The coach told us the plan was ready, which tells you something about him,’", "Ann Roe", "Ann Roe", "said", "D2", "direct"},
				{"the plan was ready", "The coach", "coach", "told", "I1", "indirect"},
			}},
		{"which says a lot",
			"‘The coach told us the pitch was fine, which says a lot about the coach,’ Ann Roe said.",
			[]suggestion{
				{"‘The coach told us the pitch was fine, which says a lot about the coach,’", "Ann Roe", "Ann Roe", "said", "D2", "direct"},
				{"the pitch was fine", "The coach", "coach", "told", "I1", "indirect"},
			}},
		{"which shows everything",
			"‘He said the budget was balanced, which shows everything wrong with this council,’ Ann Roe said.",
			[]suggestion{
				{"‘He said the budget was balanced, which shows everything wrong with this council,’", "Ann Roe", "Ann Roe", "said", "D2", "direct"},
				{"the budget was balanced", "He", "", "said", "I1", "indirect"},
			}},
		{"which says and a clause of the words",
			"‘He said the map was ready, which says where the road goes,’ Ann Roe said.",
			[]suggestion{
				{"‘He said the map was ready, which says where the road goes,’", "Ann Roe", "Ann Roe", "said", "D2", "direct"},
				{"the map was ready, which says where the road goes", "He", "", "said", "I1", "indirect"},
			}},
		{"which with another verb",
			"‘The coach told us the pitch was fine, which surprised nobody,’ Ann Roe said.",
			[]suggestion{
				{"‘The coach told us the pitch was fine, which surprised nobody,’", "Ann Roe", "Ann Roe", "said", "D2", "direct"},
				{"the pitch was fine, which surprised nobody", "The coach", "coach", "told", "I1", "indirect"},
			}},
		{"which tells with a named object",
			"‘He said the plan was a map, which tells councils where to build,’ Ann Roe said.",
			[]suggestion{
				{"‘He said the plan was a map, which tells councils where to build,’", "Ann Roe", "Ann Roe", "said", "D2", "direct"},
				{"the plan was a map, which tells councils where to build", "He", "", "said", "I1", "indirect"},
			}},
	}
	checkSuggestCases(t, tests)
}
