package suggest

import "testing"

// TestOwnRolePlural: "My doctors told me, ‘…’" is the doctors, a group,
// even when one doctor is named in the story; "My doctor" (one) still
// takes the one doctor named.
func TestOwnRolePlural(t *testing.T) {
	tests := []speakerCase{
		{"plural: a group, not the doctor named",
			"Dr. Priya Nand, who has not treated Dorey, said rest was usual.\n\nAlf Dorey, 81, had the flu jab in May. “I am sorry. My doctors have told me that if I fly this week I risk losing the eye for good, and I can’t gamble with that,” he wrote.",
			[]speakerWant{{"if I fly this week I risk losing the eye for good", "doctors"}}},
		{"near-miss: one doctor, the one named",
			"Dr. Priya Nand runs the surgery in Elm Row.\n\nAlf Dorey, 81, had the flu jab in May. “I am sorry. My doctor has told me that if I fly this week I risk losing the eye for good, and I can’t gamble with that,” he wrote.",
			[]speakerWant{{"if I fly this week I risk losing the eye for good", "Priya Nand"}}},
	}
	checkSpeakerCases(t, "a plural role of one's own", tests)
}
