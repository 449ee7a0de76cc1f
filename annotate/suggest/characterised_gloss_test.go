package suggest

import "testing"

// TestCharacterisedGloss: a reported clause ends before the writer's
// gloss ", a shift she described as “…”" when the gloss closes the
// content; an apposition inside the clause, or a gloss with no quoted
// naming by a characterising verb, stays.
func TestCharacterisedGloss(t *testing.T) {
	tests := []quoteCase{
		{"a shift described as",
			"She added that volumes had fallen because customers moved to fibre trays, a shift she described as “cannibalisation we are happy to see”.",
			"volumes had fallen because customers moved to fibre trays", true},
		{"a move called",
			"The mayor said the council had scrapped the scheme, a move he called “long overdue”.",
			"the council had scrapped the scheme", true},
		{"a surge dubbed by a named subject",
			"Ms Lane said sales had doubled, a surge the chief executive dubbed “the fibre boom”.",
			"sales had doubled", true},
		{"near-miss: an apposition inside the clause",
			"She said the driver, a man she described as “a friend”, had lied.",
			"the driver, a man she described as “a friend”, had lied", true},
		{"near-miss: a relative clause with no characterising verb",
			"She said the council had scrapped the scheme, a move that surprised “everyone”.",
			"the council had scrapped the scheme, a move that surprised “everyone”", true},
		{"near-miss: a noun phrase with no clause",
			"She said sales had doubled, a surge in demand for “green” trays.",
			"sales had doubled, a surge in demand for “green” trays", true},
	}
	checkQuoteCases(t, tests)
}
