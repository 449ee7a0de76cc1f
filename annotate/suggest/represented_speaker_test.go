package suggest

import "testing"

// TestRepresentedSpeakers: "Nina Hollis, representing Brell Haulage,
// which ran the lorry, told the inquest …" is Nina Hollis speaking; a body
// after "representing" with no person's name before it, or the body
// speaking by itself, changes nothing.
func TestRepresentedSpeakers(t *testing.T) {
	tests := []speakerCase{
		{"a person representing a firm",
			"The inquest heard from the driver's employer.\n\nNina Hollis, representing Brell Haulage, which ran the lorry, told the inquest the firm had since fitted extra mirrors to every cab.",
			[]speakerWant{
				{"the firm had since fitted extra mirrors", "Nina Hollis"},
			}},
		{"near-miss: no person before representing",
			"The inquest heard from the driver's employer.\n\nA lawyer, representing Brell Haulage, which ran the lorry, told the inquest the firm had since fitted extra mirrors to every cab.",
			[]speakerWant{
				// unchanged by this rule: no name reads as a person's
				{"the firm had since fitted extra mirrors", "Brell Haulage"},
			}},
		{"near-miss: the firm speaking",
			"The inquest heard from the driver's employer.\n\nBrell Haulage, which ran the lorry, told the inquest it had since fitted extra mirrors to every cab.",
			[]speakerWant{
				{"it had since fitted extra mirrors", "Brell Haulage"},
			}},
	}
	checkSpeakerCases(t, "a person representing a body", tests)
}
