package suggest

import (
	"fmt"
	"testing"
)

// TestFrontedPronounSubject: "… and said …" after a short opening adjunct
// of time or place is the pronoun's; an opening "After" holding a clause of
// its own, or a subject that is no person's pronoun, is left alone.
func TestFrontedPronounSubject(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a place adjunct before \"she\"",
			"Nell Ambrose is the youngest on the crew. On the quay she walked over and said the rope had frayed.",
			`[I1c "the rope had frayed" by "she" (Nell Ambrose) cue "said" [indirect]]`},
		{"a time adverb before \"he\"",
			"Otto Verity runs the ferry. Later he stood up and said the timetable would change.",
			`[I1c "the timetable would change" by "he" (Otto Verity) cue "said" [indirect]]`},
		{"a quotation after the second verb",
			"Nell Ambrose is the youngest on the crew. On the quay she walked over and said, “The rope has frayed.”",
			`[D3 "“The rope has frayed.”" by "she" (Nell Ambrose) cue "said" [direct]]`},
		{"an opening \"After\" with a clause of its own",
			"Nell Ambrose is the youngest on the crew. After he left she walked over and said the rope had frayed.",
			`[]`},
		{"an adjunct holding a first-person subject",
			"Nell Ambrose is the youngest on the crew. On the quay I walked over and said the rope had frayed.",
			`[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != tt.want {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
