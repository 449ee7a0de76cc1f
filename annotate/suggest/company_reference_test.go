package suggest

import "testing"

// TestCompanyDescriptionAndMemo: "The company said" stands for the company
// the text called a company, not a nearer firm it only bought, nor a plural
// of initials in someone's post ("my DMs"); and "wrote in the memo, seen by
// the Ledger, that …" keeps its content past the participle's clause.
func TestCompanyDescriptionAndMemo(t *testing.T) {
	tests := []speakerCase{
		{"the company called so, a participle clause before that",
			"Routemill, the fleet-tracking software company, is closing its Derby office.\n\n" +
				"Ada Quill wrote in the memo, seen by the Ledger, that the office had lost money for three years.\n\n" +
				"Most of the Derby staff joined when Routemill bought the mapping start-up Pinfold Labs in 2022. One engineer posted that her DMs were open.\n\n" +
				"The company said in a statement that customers would see no change.",
			[]speakerWant{
				{"the office had lost money for three years", "Ada Quill"},
				{"customers would see no change", "Routemill"},
			}},
	}
	checkSpeakerCases(t, "company description and memo", tests)
}

// TestPluralLetters: a plural of initials is a kind of thing, no firm.
func TestPluralLetters(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{{"DMs", true}, {"NGOs", true}, {"NHS", false}, {"Pens", false}, {"BBC", false}}
	for _, tt := range tests {
		if got := pluralLetters(tt.w); got != tt.want {
			t.Errorf("pluralLetters(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
