package suggest

import "testing"

// TestAdjunctBeforeSubject: a short adjunct of time or place between a
// telling cue's hearer and a clause without "that" stays out of the statement; a set phrase
// ("at least") and a prepositional content stay in.
func TestAdjunctBeforeSubject(t *testing.T) {
	tests := []suggestCase{
		{"a place before a pronoun",
			"The pier is shut. Colm Avery told reporters at the harbour he would reopen the pier in June.",
			[]suggestion{{"he would reopen the pier in June", "Colm Avery", "Colm Avery", "told", "I1", "indirect"}}},
		{"a year before a noun phrase",
			"The pier is shut. Colm Avery told us in 2021 the pier would last another decade.",
			[]suggestion{{"the pier would last another decade", "Colm Avery", "Colm Avery", "told", "I1", "indirect"}}},
		{"near miss: no hearer, the adjunct stays in",
			"The pier is shut. Colm Avery said in 2021 the pier would last another decade.",
			[]suggestion{{"in 2021 the pier would last another decade", "Colm Avery", "Colm Avery", "said", "I1", "indirect"}}},
		{"near miss: at least",
			"The pier is shut. Colm Avery said at least the pier would stay open until June.",
			[]suggestion{{"at least the pier would stay open until June", "Colm Avery", "Colm Avery", "said", "I1", "indirect"}}},
		{"near miss: with that",
			"The pier is shut. Colm Avery told reporters at the harbour that he would reopen the pier in June.",
			[]suggestion{{"he would reopen the pier in June", "Colm Avery", "Colm Avery", "told", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
