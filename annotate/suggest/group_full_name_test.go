package suggest

import "testing"

// TestGroupFullNames: a company named first without its group word and
// then with it ("Tarrow Freight", "Tarrow Freight Group") speaks by the
// fuller name, as does its one-word short form; another body's word, two
// different group forms, or a person keep their names.
func TestGroupFullNames(t *testing.T) {
	tests := []speakerCase{
		{"the short form after both",
			"Tarrow Freight cuts depots.\n\nTarrow Freight Group will close 14 depots, its chief executive said.\n\nTarrow said it would name the depots in March.",
			[]speakerWant{{"it would name the depots in March", "Tarrow Freight Group"}}},
		{"the name without the group word speaking",
			"Kelby Foods posts a loss.\n\nKelby Foods Holdings lost £12m last year.\n\nKelby Foods said it would sell two farms.",
			[]speakerWant{{"it would sell two farms", "Kelby Foods Holdings"}}},
		{"a group named in the middle of the story",
			"Shares in Harrow Logistics fell.\n\nHarrow Logistics Group will close its Leeds plant.\n\nHarrow Logistics said costs had risen.",
			[]speakerWant{{"costs had risen", "Harrow Logistics Group"}}},
		// near-misses
		{"another body's word",
			"Tarrow Freight cuts depots.\n\nThe Tarrow Freight Trust will fund the drivers.\n\nTarrow Freight said it would name the depots in March.",
			[]speakerWant{{"it would name the depots in March", "Tarrow Freight"}}},
		{"two group forms",
			"Kelby Foods posts a loss.\n\nKelby Foods Holdings and Kelby Foods Ltd both lost money.\n\nKelby Foods said it would sell two farms.",
			[]speakerWant{{"it would sell two farms", "Kelby Foods"}}},
		{"a person's name",
			"Mary Lint founded the shop. Mary Lint Ltd owns the lease. Mary Lint said the shop would close.",
			[]speakerWant{{"the shop would close", "Mary Lint"}}},
	}
	checkSpeakerCases(t, "group full names", tests)
}
