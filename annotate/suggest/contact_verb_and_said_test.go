package suggest

import "testing"

// TestContactVerbAndSaid: a call verb alone between a subject and "and
// said" leaves the subject the speaker of the quotation after it; a name
// or a noun alone before "and" is no verb.
func TestContactVerbAndSaid(t *testing.T) {
	tests := []quoteCase{
		{"rang and said",
			"My son rang and said, ‘Stay home, I will bring your shopping on Saturday.’",
			"‘Stay home, I will bring your shopping on Saturday.’", true},
		{"phoned and said, inside a quotation",
			"“A neighbour phoned and said, ‘The whole street is under water now.’ So we left,” she said.",
			"‘The whole street is under water now.’", true},
		{"a named subject",
			"Tobias rang and said, ‘Stay home, I will bring your shopping on Saturday.’",
			"‘Stay home, I will bring your shopping on Saturday.’", true},
		{"near-miss: a second name before and",
			"“Smith and Jones and said, ‘The whole street is under water now.’ So we left,” she said.",
			"‘The whole street is under water now.’", false},
		{"near-miss: a noun before and",
			"“The bells rang and nobody said a word,” she said.",
			"nobody said a word", false},
		{"near-miss: a call verb with no and",
			"“My son rang. ‘Stay home,’ he said,” she recalled.",
			"‘Stay home,’ he said", false},
	}
	checkQuoteCases(t, tests)
}
