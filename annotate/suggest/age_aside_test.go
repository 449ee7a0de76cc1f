package suggest

import (
	"fmt"
	"testing"
)

// TestAgeAsideRelativeSaid: an age between commas after a name, "Ivo
// Pell, 58, who said …", leaves the name the speaker of the relative
// clause; a number that is no age, or an age with no name before it, does
// not.
func TestAgeAsideRelativeSaid(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"name, age, who said",
			"The ferry stopped running in March. A ticket clerk, Ivo Pell, 58, who said he had worked the crossing for thirty years, was laid off.",
			[]suggestion{{"he had worked the crossing for thirty years", "Ivo Pell", "Ivo Pell", "said", "I1", "indirect"}}},
		{"name, who said (unchanged)",
			"The ferry stopped running in March. A ticket clerk, Ivo Pell, who said he had worked the crossing for thirty years, was laid off.",
			[]suggestion{{"he had worked the crossing for thirty years", "Ivo Pell", "Ivo Pell", "said", "I1", "indirect"}}},
		{"near miss: a count is no age",
			"The ferry stopped running in March. The island has 1,200 residents, 340, who said they used it daily, were consulted.",
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

func TestAgeNumber(t *testing.T) {
	for s, want := range map[string]bool{"67": true, "9": true, "119": true, "120": false, "07": false, "1,200": false, "67th": false, "": false} {
		if ageNumber(s) != want {
			t.Errorf("ageNumber(%q) = %v, want %v", s, !want, want)
		}
	}
}
