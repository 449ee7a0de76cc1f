package suggest

import "testing"

// TestGivenFemaleMore: "She" after a statement of a woman whose given name
// is in the list (Simone, Yvette, Odette, Antoinette, Giselle) is hers,
// not an earlier woman's; a man's (Simon) leaves "She" to the woman named
// with a title before.
func TestGivenFemaleMore(t *testing.T) {
	tests := []speakerCase{
		{"Simone",
			"Ms Dora Keel, prosecuting, told the court the bridge had been unsafe for weeks. In reply, Simone Marl, for the firm, said it had replaced every bolt. She said the firm regretted the delay.",
			[]speakerWant{{"the firm regretted the delay", "Simone Marl"}}},
		{"Yvette",
			"Ms Dora Keel, prosecuting, told the court the bridge had been unsafe for weeks. In reply, Yvette Marl, for the firm, said it had replaced every bolt. She said the firm regretted the delay.",
			[]speakerWant{{"the firm regretted the delay", "Yvette Marl"}}},
		{"near miss: a man's name",
			"Ms Dora Keel, prosecuting, told the court the bridge had been unsafe for weeks. In reply, Simon Marl, for the firm, said it had replaced every bolt. She said the firm regretted the delay.",
			[]speakerWant{{"the firm regretted the delay", "Dora Keel"}}},
	}
	checkSpeakerCases(t, "given female names", tests)
}
