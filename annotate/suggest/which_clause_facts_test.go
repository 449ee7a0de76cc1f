package suggest

import "testing"

// TestFactualWhich: a which-clause at the end of a reported content that
// carries a figure, a date or a modal stays in the statement; the writer's
// aside on the words, a which after an earlier subordinate clause, and a
// modal which after a hedged content are cut. Invented sentences.
func TestFactualWhich(t *testing.T) {
	tests := []suggestCase{
		{"figure after a quoted fragment",
			"The guard, Nia Hart, said the crew had told her to “wait for the bus”, which arrived at 9.15pm.",
			[]suggestion{{"the crew had told her to “wait for the bus”, which arrived at 9.15pm", "Nia Hart", "Nia Hart", "said", "I1", "mixed"}}},
		{"calendar word",
			"The mayor, Jo Birch, said the council had bought a new gritter, which arrived on Tuesday.",
			[]suggestion{{"the council had bought a new gritter, which arrived on Tuesday", "Jo Birch", "Jo Birch", "said", "I1", "indirect"}}},
		{"modal after a plain content",
			"The engineer, Sam Pike, said the valve had been fitted the wrong way round, which could cause a leak.",
			[]suggestion{{"the valve had been fitted the wrong way round, which could cause a leak", "Sam Pike", "Sam Pike", "said", "I1", "indirect"}}},
		{"near-miss: the writer's aside",
			"The judge, Ada Lowe, said the defence had been “thin and late”, which drew a groan from the gallery.",
			[]suggestion{{"the defence had been “thin and late”", "Ada Lowe", "Ada Lowe", "said", "I1", "mixed"}}},
		{"near-miss: after an earlier subordinate clause",
			"The chief, Ben Marsh, said crews would go in once the smoke had cleared, which could take 12 hours.",
			[]suggestion{{"crews would go in once the smoke had cleared", "Ben Marsh", "Ben Marsh", "said", "I1", "indirect"}}},
		{"near-miss: modal after a hedged content",
			"The scientist, Eve Stone, said the oil could drift along the coast, which would foul the beaches.",
			[]suggestion{{"the oil could drift along the coast", "Eve Stone", "Eve Stone", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
