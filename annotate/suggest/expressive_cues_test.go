package suggest

import (
	"fmt"
	"testing"
)

// TestExpressiveCues: a verb of manner ("grinned", "laughed", "smiled")
// is the cue of a quotation it frames after the quotation's comma or before
// a colon; anywhere else it reports no speech.
func TestExpressiveCues(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"pronoun then verb after the comma",
			"The ferry left late again. “The gulls get more seats than we do,” she grinned.",
			[]suggestion{{"“The gulls get more seats than we do,”", "she", "", "grinned", "D2", "direct"}}},
		{"inverted verb then name",
			"The ferry left late again. “The gulls get more seats than we do,” laughed Orla Benn.",
			[]suggestion{{"“The gulls get more seats than we do,”", "Orla Benn", "Orla Benn", "laughed", "D1", "direct"}}},
		{"verb before a colon",
			"The ferry left late again. Orla Benn smiled: “The gulls get more seats than we do.”",
			[]suggestion{{"“The gulls get more seats than we do.”", "Orla Benn", "Orla Benn", "smiled", "D3", "direct"}}},
		{"shrugged with no quotation is no statement",
			"The ferry left late again. Orla Benn shrugged when the timetable was read out to her.",
			nil},
		{"smiled and said nothing is no statement",
			"The ferry left late again. Orla Benn smiled and said nothing when asked about the fares.",
			nil},
		{"a quotation closed by a full stop is not framed by the next sentence",
			"The ferry left late again. “The gulls get more seats than we do.” She laughed.",
			nil},
		{"the verb goes on with an object: no frame",
			"The ferry left late again. “The gulls get more seats than we do,” she laughed at the captain.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if g := fmt.Sprint(got); g != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, g, tt.want)
			}
		})
	}
}

// TestThatObject: "said that" before a bare prepositional phrase ("said
// that at 35 as well") reports no clause; a clause after the phrase does.
func TestThatObject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"that then a phrase only",
			"The ferry left late again. Orla Benn said that in 2019 as well.",
			nil},
		{"that then a phrase and a clause",
			"The ferry left late again. Orla Benn said that in 2019 the crossing had taken four hours.",
			[]suggestion{{"in 2019 the crossing had taken four hours", "Orla Benn", "Orla Benn", "said", "I1", "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if g := fmt.Sprint(got); g != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, g, tt.want)
			}
		})
	}
}
