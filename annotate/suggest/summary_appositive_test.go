package suggest

import "testing"

// A content ends before the writer's appositive noun for the quoted words.
// Invented text.

func TestSummaryAppositiveEndsContent(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		{"a line that", "Mr Dace said his rival had “changed sides more often than the weather”, a line that drew laughter from both benches.\n",
			"his rival had “changed sides more often than the weather”"},
		{"a pointed remark which", "Ann Roe said the budget was “a wish list, not a plan”, a pointed remark which the treasurer ignored.\n",
			"the budget was “a wish list, not a plan”"},
		// near-misses: the content stays whole
		{"no quotation before", "Ann Roe said the budget had left a gap, a line that the treasurer would have to fill.\n",
			"the budget had left a gap, a line that the treasurer would have to fill"},
		{"other noun", "Ann Roe said the cuts would hit “the poorest first”, a group that had suffered enough.\n",
			"the cuts would hit “the poorest first”, a group that had suffered enough"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}
