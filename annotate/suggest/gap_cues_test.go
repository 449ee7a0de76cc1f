package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// TestGapCues: a cue in a relative clause hanging on a noun of speech
// ("the first thing she said after the final was nothing") reports
// nothing after it; a cue with a comma or a copula between ("The thing
// is, she said …", "the first thing she said was, ‘…’") and a noun of
// speech after the cue ("said words mattered") stay as they were.
func TestGapCues(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a relative clause on a noun of speech reports nothing",
			"Mara Quist has run the club for a decade, and the first thing she said after the final was nothing at all.",
			nil},
		{"near-misses stay",
			"Mara Quist runs the club. The thing is, she said the club would survive. One fan said words mattered less than results.",
			[]string{
				`I1 "the club would survive" by "she" (Mara Quist) cue "said" [indirect]`,
				`I1 "words mattered less than results" by "One fan" (fan) cue "said" [indirect]`,
			}},
		{"what follows the copula is left to other rules",
			"Coach Ines Baro rang me in May, and the first thing she said was, ‘I do not need you faster, I need you calmer.’ Nobody ever told me that.",
			[]string{"kept"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var lines []string
			for _, s := range got {
				lines = append(lines, fmt.Sprint(s))
			}
			if len(tt.want) == 1 && tt.want[0] == "kept" {
				if len(lines) != 1 || !strings.Contains(lines[0], `by "she" (Ines Baro) cue "said"`) {
					t.Errorf("got\n%s\nwant her statement kept", strings.Join(lines, "\n"))
				}
				return
			}
			if strings.Join(lines, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
