package suggest

import (
	"fmt"
	"testing"
)

// TestWeekdayDayPart: a weekday and the part of the day after a cue, AP
// style ("said Tuesday night that …"), are the time of saying and stay
// out of the content; a part of the day with no weekday before it, or
// one inside the content, stays in.
func TestWeekdayDayPart(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"weekday night",
			"The mayor said Tuesday night that the city would build 4,000 homes.",
			[]suggestion{{"the city would build 4,000 homes", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"weekday morning after a hearer",
			"The chief told reporters Friday morning that two roads would stay shut.",
			[]suggestion{{"two roads would stay shut", "The chief", "chief", "told", "I1", "indirect"}}},
		{"weekday afternoon without that",
			"The governor said Sunday afternoon the storm had passed.",
			[]suggestion{{"the storm had passed", "The governor", "governor", "said", "I1", "indirect"}}},
		{"near-miss: a part of the day after that",
			"The mayor said Tuesday that night buses would stop in May.",
			[]suggestion{{"night buses would stop in May", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"near-miss: a part of the day with no weekday",
			"The coach said night games suited the younger players.",
			[]suggestion{{"night games suited the younger players", "The coach", "coach", "said", "I1", "indirect"}}},
		{"near-miss: a weekday inside the content",
			"The mayor said the Tuesday night market would close in June.",
			[]suggestion{{"the Tuesday night market would close in June", "The mayor", "mayor", "said", "I1", "indirect"}}},
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
