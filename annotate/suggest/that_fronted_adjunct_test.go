package suggest

import (
	"fmt"
	"testing"
)

// TestThatFrontedAdjunct: a "that" clause opening with a prepositional
// adjunct before its subject and a plain past verb is reported; "that"
// followed by a prepositional phrase alone is the object of the cue.
func TestThatFrontedAdjunct(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a year adjunct before the subject",
			"The minister said that in the year to March the council spent £2m on consultants.",
			[]suggestion{{"in the year to March the council spent £2m on consultants", "The minister", "minister", "said", "I1", "indirect"}}},
		{"a place adjunct before a possessive subject",
			"The coach said that at the final whistle his players walked off in silence.",
			[]suggestion{{"at the final whistle his players walked off in silence", "The coach", "coach", "said", "I1", "indirect"}}},
		{"a regular past",
			"Ms Okafor told the inquiry that during the storm the crew abandoned the second pump.",
			[]suggestion{{"during the storm the crew abandoned the second pump", "Ms Okafor", "Okafor", "told", "I1", "indirect"}}},
		{"near-miss: a prepositional phrase only",
			"“He said that at the start of the season as well,” she smiled.",
			[]suggestion{{"“He said that at the start of the season as well,”", "she", "", "smiled", "D2", "direct"}}},
		{"near-miss: that as object, a time after",
			"She said that on the radio in the morning.",
			nil},
		{"near-miss: a noun ending in -ed is no verb",
			"He said that at the end of the red carpet.",
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
