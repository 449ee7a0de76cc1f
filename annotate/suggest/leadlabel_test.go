package suggest

import "testing"

// TestAccordingAfterLeadLabel: "According to …" after a paragraph's lead
// label ("What the data show: According to …") opens its clause as at a
// sentence's start; a named work with its maker ("the Fares Monitor
// compiled by Eastfield College") is the source, its maker is not, and a
// speaking "It" in the next sentence continues that source.
func TestAccordingAfterLeadLabel(t *testing.T) {
	tests := []speakerCase{
		{"a named work after a lead label, then It",
			"Bus fares\n\nWhat the data show: According to the Fares Monitor compiled by Eastfield College, average bus fares rose by 6% in 2025, the steepest rise since the survey began. It found that riders under 25 spent a tenth of their income on travel.",
			[]speakerWant{
				{"average bus fares rose by 6% in 2025", "Fares Monitor"},
				{"riders under 25 spent a tenth of their income on travel", "Fares Monitor"},
			}},
	}
	checkSpeakerCases(t, "according after a lead label", tests)
}
