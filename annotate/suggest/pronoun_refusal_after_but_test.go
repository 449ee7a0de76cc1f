package suggest

import "testing"

// TestPronounRefusalAfterButEndsContent: "but" with a pronoun declining to
// comment, say or give details ends the content; a pronoun refusing some
// other act, or a refusal with no pronoun and act, stays.
func TestPronounRefusalAfterButEndsContent(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"declined to give details",
			"The owner said the new stand would be paid for in cash, but he declined to give details of the lender.",
			"the new stand would be paid for in cash"},
		{"refused to comment",
			"She said the bridge was safe, but she refused to comment on the cost.",
			"the bridge was safe"},
		{"declined to name",
			"The agency said two firms had bid for the contract but they declined to name them.",
			"two firms had bid for the contract"},
		{"near miss: refused to sign",
			"She said the minister met the union, but he refused to sign the deal.",
			"the minister met the union, but he refused to sign the deal"},
		{"near miss: give evidence",
			"The lawyer said the witness was called, but he declined to give evidence.",
			"the witness was called, but he declined to give evidence"},
		{"near miss: no pronoun",
			"The coach said the striker was fit, but the doctor declined to comment.",
			"the striker was fit, but the doctor declined to comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.want)
		})
	}
}
