package suggest

import (
	"fmt"
	"testing"
)

// TestPromiseParticiples: ", promising “…”" and ", vowing that …" report
// their content; ", promising to …" and ", pledging a review" do not.
func TestPromiseParticiples(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"promising a quotation",
			"The harbour reopened on Friday. Mayor Ann Vole cut the ribbon at noon, promising “calm seas, not quick fixes” as the first boats came in.",
			[]suggestion{{"“calm seas, not quick fixes”", "Mayor Ann Vole", "Ann Vole", "promising", "I1p", "direct"}}},
		{"vowing that",
			"The harbour reopened on Friday. Mayor Ann Vole cut the ribbon at noon, vowing that the fish market would follow by June.",
			[]suggestion{{"the fish market would follow by June", "Mayor Ann Vole", "Ann Vole", "vowing", "I1p", "indirect"}}},
		{"promising to is an act",
			"The harbour reopened on Friday. Mayor Ann Vole cut the ribbon at noon, promising to cut mooring fees by June.",
			nil},
		{"pledging an object is an act",
			"The harbour reopened on Friday. Mayor Ann Vole cut the ribbon at noon, pledging a review of mooring fees.",
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
