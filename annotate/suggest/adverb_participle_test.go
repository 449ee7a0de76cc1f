package suggest

import (
	"fmt"
	"testing"
)

// TestAdverbThenParticiple: "replied once, saying …" gives the cue no
// content of its own; the participle reports, with the subject of the
// clause it goes on with; commas inside a reported clause ("said rents,
// already high, would rise") stay.
func TestAdverbThenParticiple(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"an adverb, a comma and a participle",
			"Our club applied for a licence in May, and a planning officer replied later, saying the pitch was “under review”.",
			[]suggestion{{"the pitch was “under review”", "a planning officer", "planning officer", "saying", "I1p", "mixed"}}},
		{"near-miss: a parenthesis inside the reported clause",
			"The officer said rents, already high, would rise again.",
			[]suggestion{{"rents, already high, would rise again", "The officer", "officer", "said", "I1", "indirect"}}},
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
