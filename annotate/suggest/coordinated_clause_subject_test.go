package suggest

import (
	"fmt"
	"testing"
)

// TestCoordinatedCommonSubject: after ", and" or ", but", a common noun
// that is no role word ("a paramedic", "the landlord") is the subject of
// the cue that follows; without the comma, or with no clause after the
// cue ("replied with “…”"), nothing is read.
func TestCoordinatedCommonSubject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"after a comma and and",
			"Two neighbours carried her out, and a firefighter told me later that they had “very probably saved her”.",
			[]suggestion{{"they had “very probably saved her”", "a firefighter", "firefighter", "told", "I1", "mixed"}}},
		{"after a comma and but",
			"She paid the rent on time, but the landlord said the flat would be sold.",
			[]suggestion{{"the flat would be sold", "the landlord", "landlord", "said", "I1", "indirect"}}},
		{"near-miss: no comma before and",
			"She paid the rent on time and the landlord said the flat would be sold.",
			nil},
		{"near-miss: no clause after the cue",
			"The home fans sang all night, and the away end replied with “Nine men, we have only got nine men”.",
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
