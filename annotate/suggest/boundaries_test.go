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

// TestHearerAndRefusalBoundaries: a bare plural hearer after "told" ("told
// mourners she had …") is no part of the content, and a content stops
// before "but declined …" or "but warned …" with no subject of its own.
func TestHearerAndRefusalBoundaries(t *testing.T) {
	text := "His sister, Ann Cole, told mourners she had carried his bag to school for six years.\n\n" +
		"Tom Reyes confirmed that he was among the staff let go but declined to comment further.\n\n" +
		"The reviewer, Ida Lund, said the survey was carefully run but warned against reading too much into it."
	got, _ := readSuggestions(text)
	want := map[string]bool{
		"she had carried his bag to school for six years": false,
		"he was among the staff let go":                   false,
		"the survey was carefully run":                    false,
	}
	for _, g := range got {
		if _, ok := want[g.statement]; ok {
			want[g.statement] = true
		}
	}
	for s, ok := range want {
		if !ok {
			t.Errorf("no statement %q in %v", s, got)
		}
	}
}

// TestHoldersSpeak: "Plot holders say …", "Stall holders said …": holders
// of something are people who speak, with a plural possessive in straight
// marks inside the content ("the traders' \"deal\"").
func TestHoldersSpeak(t *testing.T) {
	text := "Stall holders say the traders' \"deal\" with the market board was the reason many of them stayed."
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.statement == "the traders' \"deal\" with the market board was the reason many of them stayed" && g.speaker == "Stall holders" {
			return
		}
	}
	t.Errorf("holders' statement not found: %v", got)
}
