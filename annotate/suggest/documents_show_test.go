package suggest

import (
	"fmt"
	"testing"
)

// TestBareDocumentsShow: plural documents named without a determiner
// ("Hospital logs show that …", "Council minutes for the year showed that
// …") state what they show, one statement a clause; documents read by the
// reporter ("The papers show that …"), a map, and a show with no clause
// ("Figures show a rise") state nothing.
func TestBareDocumentsShow(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"bare plural documents",
			"Hospital logs showed that the scanner had failed nine times in June.",
			[]suggestion{{"the scanner had failed nine times in June", "Hospital logs", "Hospital logs", "showed", "I1", "indirect"}}},
		{"a modifier after the head",
			"The depot closed in May. Council minutes for the same year show that the closure was never put to a vote.",
			[]suggestion{{"the closure was never put to a vote", "Council minutes for the same year", "Council minutes for the same year", "show", "I1", "indirect"}}},
		{"two clauses, each with that",
			"Bank records showed that the fund had lent £2m to a director and that the loan was never repaid.",
			[]suggestion{
				{"the fund had lent £2m to a director", "Bank records", "Bank records", "showed", "I1", "indirect"},
				{"the loan was never repaid", "Bank records", "Bank records", "showed", "I1c", "indirect"},
			}},
		{"near-miss: documents with a determiner are the reporter's reading",
			"The papers show that 300 patients waited more than a year.",
			nil},
		{"near-miss: a map",
			"The map shows that the route runs past two schools.",
			nil},
		{"near-miss: no clause",
			"Figures show a rise in late trains since April.",
			nil},
		{"near-miss: a singular noun that is no document",
			"Tourism showed that the town could recover.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
