package suggest

import (
	"fmt"
	"testing"
)

// TestCallerFromPlace: a phone-in caller named by a given name and a town
// speaks under the given name; a description before "from", a full name or
// a name that is no given name keep the old reading.
func TestCallerFromPlace(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // speaker of each statement
	}{
		{"given name from a town",
			"Linda from Pennock said the footbridge had been shut since October.",
			[]string{"Linda"}},
		{"given name in a town",
			"Later, Brian in Tolleshaw said the parking charges were driving shoppers away.",
			[]string{"Brian"}},
		{"with a relative clause before the cue",
			"Brian in Tolleshaw, who runs a café on the square, said the parking charges were driving shoppers away.",
			[]string{"Brian"}},
		{"after a nameless description between commas",
			"The second caller, Linda from Pennock, said the footbridge had been shut since October.",
			[]string{"Linda"}},
		{"a name the lexicon lacks, made a person by who",
			"Rook in Pennock, who drives a school bus, said the footbridge had been shut since October.",
			[]string{"Rook"}},
		{"a name the lexicon lacks after a nameless description",
			"The third caller, Rook from Pennock, said the footbridge had been shut since October.",
			[]string{"Rook"}},
		{"near miss: a body in a town, with which",
			"Ofwat in Pennock, which regulates water firms, said the footbridge had been shut since October.",
			[]string{"Pennock"}},
		{"near miss: letters in a town, even with who",
			"NATO in Pennock, who met on Monday, said the footbridge had been shut since October.",
			[]string{"Pennock"}},
		{"near miss: a role from a body",
			"A spokesman from Pennock Council said the footbridge had been shut since October.",
			[]string{"A spokesman from Pennock Council"}},
		{"near miss: a full name from a town",
			"Linda Marsh from Pennock said the footbridge had been shut since October.",
			[]string{"Linda Marsh"}},
		{"near miss: a name that is no given name",
			"Harbour Watch from Pennock said the footbridge had been shut since October.",
			[]string{"Harbour Watch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var speakers []string
			for _, s := range got {
				speakers = append(speakers, s.speaker)
			}
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
