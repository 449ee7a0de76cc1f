package suggest

import "testing"

// TestInitialledTails: a body's name ending in its kind's initials ("the
// Western Counties FA") is the full name given before it; initials that do
// not spell the full name's tail, or another prefix, keep their own name.
func TestInitialledTails(t *testing.T) {
	tests := []speakerCase{
		{"an association's initials",
			"The Western Counties Football Association fined the club £2,000. The Western Counties FA said the fine must be paid within a month.",
			[]speakerWant{{"the fine must be paid within a month", "Western Counties Football Association"}}},
		{"initials that spell another tail stay",
			"The Western Counties Football Association fined the club. The Western Counties RFU said the rugby fixtures would go ahead.",
			[]speakerWant{{"the rugby fixtures would go ahead", "Western Counties RFU"}}},
		{"another prefix stays",
			"The Western Counties Football Association fined the club. The Eastern Counties FA said its own clubs were not affected.",
			[]speakerWant{{"its own clubs were not affected", "Eastern Counties FA"}}},
	}
	checkSpeakerCases(t, "initialled tails", tests)
}
