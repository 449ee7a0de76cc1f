package suggest

import "testing"

// TestNotPossessorClosesQuote: a single closing mark after a pronoun, verb
// or other closed-class word ending in s closes a scare quotation even
// before a lower-case word; after a plural noun it stays a possessive.
// Invented sentences.
func TestNotPossessorClosesQuote(t *testing.T) {
	tests := []pairedQuoteCase{
		{"She said the defeat was ‘a blow to us’ but promised to ‘fight on’ next year.", 2},
		{"He called the plan ‘what it was’ and said the board ‘knew it well’ by then.", 2},
		{"The mayor said ‘the answer is yes’ yesterday and added that the ‘work goes on’ now.", 2},
		// near misses: a plural noun or a name keeps its possessive
		{"The ‘players’ union said it would not talk,’ he wrote.", 1},
		{"She called the ‘farmers’ market a mess,’ and left.", 1},
		{"He said ‘the Jones’ house was empty,’ the officer wrote.", 1},
	}
	checkPairedQuoteCases(t, tests)
}
