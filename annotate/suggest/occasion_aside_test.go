package suggest

import (
	"fmt"
	"testing"
)

// TestOccasionAside: an aside after the reported clause naming the speech
// or interview it was said in ends the content; an aside naming no
// occasion, or one inside a quotation, stays in.
func TestOccasionAside(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"an address with a relative clause",
			"The mayor said that property taxes would stay flat, in a State of the City address that drew two ovations.",
			[]suggestion{{"property taxes would stay flat", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"an interview",
			"The coach said his players would rest on Sunday, in an interview with the club's channel.",
			[]suggestion{{"his players would rest on Sunday", "The coach", "coach", "said", "I1", "indirect"}}},
		{"a possessive before the occasion",
			"The bishop said the abbey would reopen in spring, in his Easter sermon at the cathedral.",
			[]suggestion{{"the abbey would reopen in spring", "The bishop", "bishop", "said", "I1", "indirect"}}},
		{"near-miss: a vote is no occasion of saying",
			"The minister said the plan would be debated, in a vote next week.",
			[]suggestion{{"the plan would be debated, in a vote next week", "The minister", "minister", "said", "I1", "indirect"}}},
		{"near-miss: a view",
			"The adviser said the bridge would close in May, in her view a mistake.",
			[]suggestion{{"the bridge would close in May, in her view a mistake", "The adviser", "adviser", "said", "I1", "indirect"}}},
		{"near-miss: an occasion without a determiner",
			"The judge said the trial would resume, in camera, after the speech therapist's evidence.",
			[]suggestion{{"the trial would resume, in camera, after the speech therapist's evidence", "The judge", "judge", "said", "I1", "indirect"}}},
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
