package suggest

import "testing"

// TestPredicatedBody: "the charity" is the body the text said was a
// charity ("… is registered as a charity"), not a nearer fund that only
// stands for one by synonym; with no body so called, or a body named by
// the head itself, the usual reading holds.
func TestPredicatedBody(t *testing.T) {
	tests := []speakerCase{
		{"registered as a charity, then a fund named nearer",
			"4 May 2024 — The Friends of Mill Pond is registered as a charity. Its chair, Ms Rudd, says the group has 900 members.\n\n9 June 2025 — The Open Water Fund awards the charity £200,000. Its officer, Ben Ash, says the pond is “rare”.\n\n3 March 2026 — Work stops after contractors find asbestos. Ms Rudd says the delay is “a blow”, and the charity says the opening date will hold.",
			[]speakerWant{{"the opening date will hold", "Friends of Mill Pond"}}},
		{"no body called a charity: the fund by synonym stays",
			"The Open Water Fund gave £200,000 to the pond last year. Work stopped in March, and the charity said the opening date would hold.",
			[]speakerWant{{"the opening date would hold", "Open Water Fund"}}},
		{"a body named by the head itself keeps it",
			"Bell Lane Trust was a charity until 2019. The Harbour Charity took over the pool in May. The charity said the pool would open in June.",
			[]speakerWant{{"the pool would open in June", "Harbour Charity"}}},
	}
	checkSpeakerCases(t, "predicated body", tests)
}
