package suggest

import "testing"

// TestDemonstrativeThat: "that" before a bare singular shell noun and a
// verb is the subject's determiner and stays in the reported clause; before
// a plural, a determiner or a noun that can stand bare it opens the clause.
func TestDemonstrativeThat(t *testing.T) {
	tests := []quoteCase{
		{"that plan was",
			"The council published its budget on Monday. The union said that plan was unworkable.",
			"that plan was unworkable", true},
		{"that offer would",
			"The firm raised its pay offer to 4%. Workers said that offer would not settle the dispute.",
			"that offer would not settle the dispute", true},
		{"that claim had",
			"The minister blamed the weather. Critics said that claim had no basis in the figures.",
			"that claim had no basis in the figures", true},
		{"a plural keeps the opener",
			"The council published its budget on Monday. The union said that plans were unworkable.",
			"plans were unworkable", true},
		{"a determiner keeps the opener",
			"The council published its budget on Monday. The union said that the plan was unworkable.",
			"the plan was unworkable", true},
		{"a bare mass noun keeps the opener",
			"The council published its budget on Monday. The union said that money was short.",
			"money was short", true},
	}
	checkQuoteCases(t, tests)
}
