package suggest

import "testing"

// TestAccordingSourceApposition: an indefinite apposition after a fronted
// "According to" source that names a document, a body or a role is no part
// of the content; a list, a person with an age or a relative clause, and a
// second apposition are near misses.
func TestAccordingSourceApposition(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a report and its publication",
			"According to the Haddow review, an independent report published alongside the plan, the first survey drilled only 11 boreholes.",
			"the first survey drilled only 11 boreholes"},
		{"a role",
			"According to the ministry, an agency spokesman, the talks collapsed on Friday.",
			"the talks collapsed on Friday"},
		{"a body",
			"According to Harbour Watch, a charity for fishing families, half the boats in the bay have been sold since 2019.",
			"half the boats in the bay have been sold since 2019"},
		{"near miss: a list",
			"According to the police, a van, a car and a lorry collided on the bridge.",
			"a van, a car and a lorry collided on the bridge"},
		{"near miss: an age",
			"According to the police, a man, 34, was arrested.",
			"a man, 34, was arrested"},
		{"near miss: a second apposition",
			"According to the union, a council official, Mr Dane, had lied.",
			"a council official, Mr Dane, had lied"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.want)
		})
	}
}
