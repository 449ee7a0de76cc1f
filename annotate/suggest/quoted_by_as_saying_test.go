package suggest

import "testing"

// TestQuotedByAsSaying: "was quoted [by OUTLET] as saying" before the
// clauses it reports is one cue, from "was" to the participle, and the
// subject of the passive speaks; "quoted" with no participle after "as",
// or an outlet that runs past a comma, makes no such cue.
func TestQuotedByAsSaying(t *testing.T) {
	tests := []suggestCase{
		{"an outlet after by, two that-clauses",
			"Weber was quoted by broadcaster ZDF as saying the council had known \"for years\" and that it had twice postponed repairs.",
			[]suggestion{
				{"the council had known \"for years\"", "Weber", "Weber", "was quoted by broadcaster ZDF as saying", "I1", "mixed"},
				{"it had twice postponed repairs", "Weber", "Weber", "was quoted by broadcaster ZDF as saying", "I1c", "indirect"}}},
		{"no outlet",
			"The minister was quoted as saying that the talks had failed.",
			[]suggestion{{"the talks had failed", "The minister", "minister", "was quoted as saying", "I1", "indirect"}}},
		{"a perfect passive of telling",
			"The minister has been quoted by state television as telling aides that the talks had failed.",
			[]suggestion{{"the talks had failed", "The minister", "minister", "has been quoted by state television as telling", "I1", "indirect"}}},
		{"near-miss: quoted as evidence",
			"The report was quoted in parliament as evidence that the talks had failed.",
			nil},
		{"near-miss: quoted by officials as proof",
			"The figure was quoted by officials as proof that the scheme works.",
			nil},
		{"near-miss: as the saying goes",
			"As the saying goes, the talks had failed.",
			nil},
	}
	checkSuggestCases(t, tests)
}
