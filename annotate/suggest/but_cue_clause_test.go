package suggest

import "testing"

// TestButCueClause: "said A but insisted B" is two statements with two
// cues; "but" before the content's own verb, or before a cue verb with an
// object, stays in the content.
func TestButCueClause(t *testing.T) {
	tests := []suggestCase{
		{"but insisted",
			"The chairman, Owen Hale, said the defeat was ‘a hard blow’ but insisted the members would ‘stay the course’ next spring.",
			[]suggestion{
				{"the defeat was ‘a hard blow’", "Owen Hale", "Owen Hale", "said", "I1", "mixed"},
				{"the members would ‘stay the course’ next spring", "Owen Hale", "Owen Hale", "insisted", "I1c", "mixed"}}},
		{"but maintained that",
			"The mayor, Dana Frost, said the budget was tight but maintained that the library would stay open all year.",
			[]suggestion{
				{"the budget was tight", "Dana Frost", "Dana Frost", "said", "I1", "indirect"},
				{"the library would stay open all year", "Dana Frost", "Dana Frost", "maintained", "I1c", "indirect"}}},
		{"but admitted that",
			"The coach, Ravi Lund, said the team had played well but admitted that the defence had been careless at times.",
			[]suggestion{
				{"the team had played well", "Ravi Lund", "Ravi Lund", "said", "I1", "indirect"},
				{"the defence had been careless at times", "Ravi Lund", "Ravi Lund", "admitted", "I1c", "indirect"}}},
		{"near-miss: but before the content's own verb",
			"The organiser, Mia Short, said the club is ‘quietly confident’ in the cup but is ‘not taking anything for granted’ in the league.",
			[]suggestion{{"the club is ‘quietly confident’ in the cup but is ‘not taking anything for granted’ in the league", "Mia Short", "Mia Short", "said", "I1", "mixed"}}},
		{"near-miss: cue verb with an object",
			"The candidate, Joe Brand, said the count had been fair but demanded a recount in two wards.",
			[]suggestion{{"the count had been fair but demanded a recount in two wards", "Joe Brand", "Joe Brand", "said", "I1", "indirect"}}},
		{"near-miss: admitted with an object",
			"The director, Lee Park, said the film had done well but admitted mistakes in the marketing.",
			[]suggestion{{"the film had done well", "Lee Park", "Lee Park", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
