package suggest

import (
	"fmt"
	"testing"
)

// TestCommaInsideOrgName: a comma inside an organisation's name in an
// apposition ("for the Masons, Joiners and Allied Trades Union") leaves
// the person before the apposition the speaker; names between commas
// that are people still speak.
func TestCommaInsideOrgName(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a union's name with a comma",
			"Rosa Penn, branch secretary for the Masons, Joiners and Allied Trades Union, said the union would ballot its members.",
			[]suggestion{{"the union would ballot its members", "Rosa Penn", "Rosa Penn", "said", "I1", "indirect"}}},
		{"near-miss: people named between commas speak",
			"Two residents, Tom Becker and Ann Hale, said the vote had been fair.",
			[]suggestion{{"the vote had been fair", "Tom Becker and Ann Hale", "Tom Becker and Ann Hale", "said", "I1", "indirect"}}},
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
