package suggest

import "testing"

// TestJointBodies: "the two sides" or "both parties" after two bodies
// named together as a speaker is their joined name; "the sides" with no
// count, "the two sides" with no joint speaker before it and one body
// alone before it are left as they were.
func TestJointBodies(t *testing.T) {
	tests := []speakerCase{
		{"the two sides after a joint statement",
			"In a joint statement, the Harbour Pilots Guild and Orland Port Authority said the dispute was settled. The two sides said talks would resume in June.",
			[]speakerWant{
				{"the dispute was settled", "Harbour Pilots Guild and Orland Port Authority"},
				{"talks would resume in June", "Harbour Pilots Guild and Orland Port Authority"},
			}},
		{"both parties",
			"The Tarn Valley Council and Westmoor Water Company said the pipe had been repaired. Both parties said the leak had cost £2m.",
			[]speakerWant{{"the leak had cost £2m", "Tarn Valley Council and Westmoor Water Company"}}},
		{"the two unions, a paragraph later",
			"The Northfield Drivers Union and Harbour Dockers Union said the strike was off.\n\nThe two unions said members would vote next week.",
			[]speakerWant{{"members would vote next week", "Northfield Drivers Union and Harbour Dockers Union"}}},
		// near-misses
		{"no count",
			"The Harbour Pilots Guild and Orland Port Authority said the dispute was settled. The sides said talks would resume in June.",
			[]speakerWant{{"talks would resume in June", "sides"}}},
		{"no joint speaker before",
			"The Harbour Pilots Guild said the dispute was settled. The two sides said talks would resume in June.",
			[]speakerWant{{"talks would resume in June", "two sides"}}},
		{"two people are a couple, not sides",
			"Ada Lin and Tom Rudd said the shop would close. The two sides said the lease had ended.",
			[]speakerWant{{"the lease had ended", "two sides"}}},
	}
	checkSpeakerCases(t, "joint bodies", tests)
}
