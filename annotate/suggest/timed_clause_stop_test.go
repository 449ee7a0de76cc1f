package suggest

import "testing"

// TestTimedClauseStop: a posted or released object followed by a clause of
// time measured from an event ("shortly after the deal was confirmed") is
// no statement; a reported clause whose own verb comes first, or a
// preposition "after" with no measuring adverb, still is.
func TestTimedClauseStop(t *testing.T) {
	tests := []quoteCase{
		{"a message posted shortly after an event",
			"The striker left for Lisbon on Friday. Dario Fenn posted a goodbye video on TikTok shortly after the fee was agreed.",
			"a goodbye video on TikTok shortly after the fee was agreed", false},
		{"a statement posted hours before an event",
			"The mayor posted a long thread on X hours before the budget was published.",
			"a long thread on X hours before the budget was published", false},
		{"a video posted soon after an event",
			"The captain posted a farewell video on YouTube soon after the transfer was announced.",
			"a farewell video on YouTube soon after the transfer was announced", false},
		{"near-miss: the reported clause's verb comes first",
			"The coach said the club had collapsed soon after the takeover was signed.",
			"the club had collapsed soon after the takeover was signed", true},
		{"near-miss: a preposition after with no adverb",
			"The chairman said the firm after three years of losses was cutting 200 jobs.",
			"the firm after three years of losses was cutting 200 jobs", true},
		{"near-miss: posted that with a time clause",
			"The club posted on its website that the deal was done shortly after the medical was completed.",
			"the deal was done shortly after the medical was completed", true},
	}
	checkQuoteCases(t, tests)
}
