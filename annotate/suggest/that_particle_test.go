package suggest

import "testing"

// TestThatParticle: "that" before a particle ("found that out", "laughed
// that off") is the object of a phrasal verb, and no clause follows; "that
// out of …" and a particle with a verb after it keep their clause.
func TestThatParticle(t *testing.T) {
	tests := []suggestCase{
		{"found that out",
			"The inspector found that out on Tuesday.",
			nil},
		{"ruled that out",
			"The judge ruled that out at the first hearing.",
			nil},
		{"brushed that aside",
			"The minister noted that aside.",
			nil},
		{"near-miss: out of",
			"The review found that out of 40 staff, 12 had left.",
			[]suggestion{{"out of 40 staff, 12 had left", "The review", "review", "found", "I1", "indirect"}}},
		{"near-miss: a clause after that",
			"The review found that officers had left early.",
			[]suggestion{{"officers had left early", "The review", "review", "found", "I1", "indirect"}}},
		{"near-miss: off with a verb after it",
			"The coach said that off the pitch the players were calm.",
			[]suggestion{{"off the pitch the players were calm", "The coach", "coach", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
