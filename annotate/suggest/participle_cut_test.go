package suggest

import (
	"fmt"
	"testing"
)

// TestCutAtParticiple: ", adding that …" after a reported clause is a
// second statement of the same speaker, and the first ends at the comma; a
// participle inside the content between commas is left alone.
func TestCutAtParticiple(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"noted that …, adding that …",
			"Ada Obi noted that the state had already paid $2 billion for the repairs, adding that builders had gone back to 14 of the clinics.",
			[]string{"the state had already paid $2 billion for the repairs", "builders had gone back to 14 of the clinics"}},
		{"said …, saying that …",
			"The minister said the plan would cost less than expected, saying that savings had been found.",
			[]string{"the plan would cost less than expected", "savings had been found"}},
		{"near miss: a participle that reports nothing",
			"Kemi Ade said the council, hoping to save money, had closed two libraries.",
			[]string{"the council, hoping to save money, had closed two libraries"}},
		{"near miss: adding a number, not a clause",
			"Ada Obi said the depot had grown fast, adding 600 jobs in the region.",
			[]string{"the depot had grown fast, adding 600 jobs in the region"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
