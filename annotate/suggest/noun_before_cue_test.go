package suggest

import "testing"

// TestNounBeforeCue: a cue word right before a finite cue verb is the head
// of the speaker ("The audit report said …"); a cue word with no cue verb
// after it is still the cue.
func TestNounBeforeCue(t *testing.T) {
	checkSuggestCases(t, []suggestCase{
		{"budget report said",
			"The budget report said the council had overspent.",
			[]suggestion{{"the council had overspent", "The budget report", "budget report", "said", "I1", "indirect"}}},
		{"annual report said",
			"The annual report said the charity had lost money.",
			[]suggestion{{"the charity had lost money", "The annual report", "annual report", "said", "I1", "indirect"}}},
		{"possessive audit report said",
			"The council's audit report said the depot had been sold.",
			[]suggestion{{"the depot had been sold", "The council's audit report", "council's audit report", "said", "I1", "indirect"}}},
		{"near-miss: plural subject and report",
			"Inspectors report the council had overspent.",
			[]suggestion{{"the council had overspent", "Inspectors", "Inspectors", "report", "I1", "indirect"}}},
		{"near-miss: report that",
			"The two inspectors report that the council had overspent.",
			[]suggestion{{"the council had overspent", "The two inspectors", "two inspectors", "report", "I1", "indirect"}}},
		{"near-miss: the report alone",
			"The report said the council had overspent.",
			[]suggestion{{"the council had overspent", "The report", "report", "said", "I1", "indirect"}}},
	})
}
