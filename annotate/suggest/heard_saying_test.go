package suggest

import "testing"

// TestHeardSaying: a participle after a passive "heard" ("can be heard
// saying", "was heard telling") reports what the subject said; "heard"
// that is active, or a participle after a comma that belongs elsewhere,
// makes no such cue.
func TestHeardSaying(t *testing.T) {
	tests := []suggestCase{
		{"a modal passive on a recording",
			"On the tape, the treasurer can be heard saying that the accounts were “a shambles”.",
			[]suggestion{{"the accounts were “a shambles”", "the treasurer", "treasurer", "can be heard saying", "I1", "mixed"}}},
		{"a past passive with two that-clauses",
			"Ms Ferrow was heard saying that the vote was lost and that “nobody will notice”.",
			[]suggestion{
				{"the vote was lost", "Ms Ferrow", "Ferrow", "was heard saying", "I1", "indirect"},
				{"“nobody will notice”", "Ms Ferrow", "Ferrow", "was heard saying", "I1c", "direct"}}},
		{"a passive of telling with its hearer",
			"In the clip, the coach is heard telling players that the match was fixed.",
			[]suggestion{{"the match was fixed", "the coach", "coach", "is heard telling", "I1", "indirect"}}},
		{"near-miss: active heard with an object",
			"The coach heard players saying that the match was fixed.",
			nil},
		{"near-miss: heard after have",
			"Neighbours had heard shouting late into the night.",
			nil},
		{"near-miss: a case heard, then a participle of another clause",
			"The appeal was heard in March, and nobody is saying that the ruling was wrong.",
			nil},
	}
	checkSuggestCases(t, tests)
}
