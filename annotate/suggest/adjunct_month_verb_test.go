package suggest

import "testing"

// TestAdjunctMonthVerb: the month "May" inside an adjunct between a cue and
// its "that" leaves the content after "that"; the modal "may" still ends
// the adjunct.
func TestAdjunctMonthVerb(t *testing.T) {
	checkSuggestCases(t, []suggestCase{
		{"hearing in May",
			"Her lawyer, Paul Stenning, argued at a long hearing in May that the powder had been contaminated.",
			[]suggestion{{"the powder had been contaminated", "Paul Stenning", "Paul Stenning", "argued", "I1", "indirect"}}},
		{"told the board in May",
			"The mayor, Ann Cole, told the board in May that the depot would close.",
			[]suggestion{{"the depot would close", "Ann Cole", "Ann Cole", "told", "I1", "indirect"}}},
		{"in early May",
			"The coach, Tim Hale, said after the final in early May that he would stay.",
			[]suggestion{{"he would stay", "Tim Hale", "Tim Hale", "said", "I1", "indirect"}}},
		{"near-miss: the modal before that",
			"The mayor, Ann Cole, told the board it may be that the depot would close.",
			[]suggestion{{"it may be that the depot would close", "Ann Cole", "Ann Cole", "told", "I1", "indirect"}}},
		{"near-miss: May inside the content",
			"The mayor, Ann Cole, told the board that they may close the depot in May.",
			[]suggestion{{"they may close the depot in May", "Ann Cole", "Ann Cole", "told", "I1", "indirect"}}},
		{"near-miss: the modal with no that",
			"The mayor, Ann Cole, said the council may close the depot.",
			[]suggestion{{"the council may close the depot", "Ann Cole", "Ann Cole", "said", "I1", "indirect"}}},
	})
}
