package suggest

import "testing"

// TestSubjectlessContent: a "content" that opens with a bare modal right
// after its "cue" is a noun compound ("the audit report would go"), not
// speech; a clause with its own subject, or "that" as its subject, stays.
func TestSubjectlessContent(t *testing.T) {
	tests := []suggestCase{
		{"report would",
			"The council met on Monday. It was decided that the yearly audit report would go to the March meeting.",
			nil},
		{"review would",
			"The council met on Monday. The parking review would be published in spring, officers confirmed.",
			[]suggestion{{"The parking review would be published in spring", "officers", "officers", "confirmed", "I2", "indirect"}}},
		{"relative gap stays",
			"The council met on Monday. Traders will move to a hall, which the council says would be heated.",
			[]suggestion{{"would be heated", "the council", "council", "says", "I1", "indirect"}}},
		{"subject stays",
			"The council met on Monday. The auditors report the town would lose money.",
			[]suggestion{{"the town would lose money", "The auditors", "auditors", "report", "I1", "indirect"}}},
		{"that as subject stays",
			"The council met on Monday. Officials said that would be a mistake for the town.",
			[]suggestion{{"that would be a mistake for the town", "Officials", "Officials", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
