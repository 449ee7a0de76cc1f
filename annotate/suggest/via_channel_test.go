package suggest

import "testing"

// TestViaChannel: "said via a statement that …" is cued with its channel as
// "said in a statement" is, and "via" opens an adjunct before "that" ("said
// via a spokesperson that …", cued "said"); a "via" inside what was said
// stays in it.
func TestViaChannel(t *testing.T) {
	tests := []suggestCase{
		{"via a statement",
			"The depot is closing. Ria Telford said via a statement that the staff would be redeployed.",
			[]suggestion{{"the staff would be redeployed", "Ria Telford", "Ria Telford", "said via a statement", "I1", "indirect"}}},
		{"via a spokesperson",
			"The depot is closing. Ria Telford said via a spokesperson that the staff would be redeployed.",
			[]suggestion{{"the staff would be redeployed", "Ria Telford", "Ria Telford", "said", "I1", "indirect"}}},
		{"near miss: via inside the content",
			"The depot is closing. Ria Telford said the money came via a charity that had since closed.",
			[]suggestion{{"the money came via a charity that had since closed", "Ria Telford", "Ria Telford", "said", "I1", "indirect"}}},
		{"near miss: in a statement unchanged",
			"The depot is closing. Ria Telford said in a statement that the staff would be redeployed.",
			[]suggestion{{"the staff would be redeployed", "Ria Telford", "Ria Telford", "said in a statement", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
