package suggest

import "testing"

// TestAnswerWord: a one-word answer opening its paragraph before an
// inverted cue is a statement; a one-word opener that answers nothing, or
// an answer word inside a paragraph, is none.
func TestAnswerWord(t *testing.T) {
	const lead = "Will the price of eggs keep rising?\n\n"
	tests := []quoteCase{
		{"no",
			lead + "No, says Ana Ferrow, who keeps 9,000 hens near Tring. Feed prices have fallen since March, she says.",
			"No", true},
		{"probably",
			lead + "Probably, says Leon Marsh, an economist at Harlow University. Energy costs have not fallen.",
			"Probably", true},
		{"not yet",
			lead + "Not yet, says Ana Ferrow, who keeps 9,000 hens near Tring. Feed prices are still high.",
			"Not yet", true},
		{"near-miss: a one-word opener that answers nothing",
			lead + "Fine, says Ana Ferrow, who keeps 9,000 hens near Tring. Feed prices are still high.",
			"Fine", false},
		{"near-miss: the answer word inside a paragraph",
			lead + "Ana Ferrow was asked at the show. No, says Ferrow, feed prices are still high.",
			"No", false},
		{"near-miss: two words that are no answer",
			lead + "Hens first, says Ana Ferrow, who keeps 9,000 hens near Tring. Feed prices are still high.",
			"Hens first", false},
	}
	checkQuoteCases(t, tests)
}
