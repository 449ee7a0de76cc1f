package suggest

import "testing"

// TestPerFronted: a sentence opening "Per <speaker>, …" reports what the
// speaker says; "Per cent", "Per capita" and a "Per" with no comma after
// its phrase report nothing.
func TestPerFronted(t *testing.T) {
	tests := []suggestCase{
		{"per a spokesperson",
			"The stand shut in June. Per a club spokesperson, the stand will reopen in May.",
			[]suggestion{{"the stand will reopen in May", "a club spokesperson", "club spokesperson", "Per", "A1", "indirect"}}},
		{"near miss: per capita",
			"The stand shut in June. Per capita, the county spends less on roads than its neighbours.",
			nil},
		{"near miss: no comma after the phrase",
			"The stand shut in June. Per the lease the club pays the repairs.",
			nil},
		{"near miss: per inside the sentence",
			"The stand shut in June. Tickets cost £12 per match, the club said.",
			[]suggestion{{"Tickets cost £12 per match", "the club", "club", "said", "I2", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
