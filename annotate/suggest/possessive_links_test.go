package suggest

import "testing"

// TestScareQuoteBeforeLink: a single closing mark after an s and before a
// preposition or subordinator closes a scare quotation; before a noun, an
// adjective or "and" it stays a plural possessive. Invented sentences.
func TestScareQuoteBeforeLink(t *testing.T) {
	tests := []pairedQuoteCase{
		{"The pump ran ‘for several hours’ before anyone noticed. ‘It was a disgrace,’ the engineer said.", 2},
		{"The crew waited ‘two full minutes’ after the alarm. ‘Nobody moved,’ the mate said.", 2},
		{"The fee rose ‘by stages’ until May. ‘It was too much,’ a tenant said.", 2},
		// near misses: a plural possessive stays one
		{"The ‘players’ union said it would not talk,’ he wrote.", 1},
		{"He called the ‘workers’ and farmers’ alliance’ a sham.", 1},
		{"The ‘teams’ about-turn was sudden,’ she said.", 1},
	}
	checkPairedQuoteCases(t, tests)
}
