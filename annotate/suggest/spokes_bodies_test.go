package suggest

import "testing"

// TestSpokesBodies: "The company said" right after "A spokesperson for
// Greyfell Wind said" in the same paragraph is the body the spokesperson
// spoke for, not a town named nearer; in another paragraph, or after a
// company the head names, the usual reading holds.
func TestSpokesBodies(t *testing.T) {
	tests := []speakerCase{
		{"a spokesperson's body, then the company",
			"Trawlers blocked the harbour at Kelvick, stopping a survey ship working for the developer, Greyfell Wind.\n\nA spokesperson for Greyfell Wind said the company was “listening”. The company said it had already moved the cable once.",
			[]speakerWant{{"it had already moved the cable once", "Greyfell Wind"}}},
		{"a company named by the head keeps it",
			"Dunmore Ferry Company runs the crossing.\n\nA spokesperson for the harbour board said talks went on. The company said the timetable would stay.",
			[]speakerWant{{"the timetable would stay", "Dunmore Ferry Company"}}},
	}
	checkSpeakerCases(t, "spokesperson's body", tests)
}
