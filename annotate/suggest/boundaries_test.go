package suggest

import (
	"fmt"
	"testing"
)

// TestStatementBoundaries: a clock's abbreviation closing the sentence
// gives up its dot as any full stop, one inside the sentence keeps it; a
// new verb phrase of the speaker after ", and" is no part of what was said.
func TestStatementBoundaries(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a time of day ending the sentence", "The landlord said the water had been cut off at 6.15 p.m.",
			[]suggestion{{"the water had been cut off at 6.15 p.m", "The landlord", "landlord", "said", "I1", "indirect"}}},
		{"a time of day before a postposed frame keeps its dot", "The bridge reopened at 7 a.m., the police said.",
			[]suggestion{{"The bridge reopened at 7 a.m.", "the police", "police", "said", "I2", "indirect"}}},
		{"pointed to after a comma and and", "The manager said his side had stopped running after the break, and pointed to the heat.",
			[]suggestion{{"his side had stopped running after the break", "The manager", "manager", "said", "I1", "indirect"}}},
		{"cited after a comma and and", "The head teacher said attendance had fallen since the spring, and cited the cost of the bus.",
			[]suggestion{{"attendance had fallen since the spring", "The head teacher", "head teacher", "said", "I1", "indirect"}}},
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
