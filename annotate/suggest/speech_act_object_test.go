package suggest

import (
	"fmt"
	"testing"
)

// TestSpeechActObject: a cue whose object names the act of speaking ("a
// warning", "a prayer") reports no content; a clause after "said", an
// object that is what was said, or a "that" opening the noun keep theirs.
func TestSpeechActObject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"shouted a warning when",
			"The roof gave way at noon. A porter, Ivo Pell, shouted a warning when he saw the beam crack.",
			nil},
		{"said a prayer for",
			"The boat was lost in the storm. Father Dane Roe said a prayer for the missing crew at the harbour.",
			nil},
		{"said Mass in",
			"The chapel reopened on Sunday. Father Tomas Lenz said Mass in the yard behind the old school.",
			nil},
		{"said goodbye to",
			"The ferry left at dawn. Its captain, Ruth Amos, said goodbye to the crew at the slipway.",
			nil},
		{"near miss: a bare noun opening a clause",
			"The plant is closing. Ivo Pell said mass layoffs would follow within a month.",
			[]suggestion{{"mass layoffs would follow within a month", "Ivo Pell", "Ivo Pell", "said", "I1", "indirect"}}},
		{"near miss: said he had shouted a warning keeps the clause",
			"The roof gave way at noon. Ivo Pell said he had shouted a warning when he saw the beam crack.",
			[]suggestion{{"he had shouted a warning when he saw the beam crack", "Ivo Pell", "Ivo Pell", "said", "I1", "indirect"}}},
		{"near miss: the noun is a clause's subject",
			"The roof gave way at noon. Ivo Pell said a warning had gone out to every tenant on Friday.",
			[]suggestion{{"a warning had gone out to every tenant on Friday", "Ivo Pell", "Ivo Pell", "said", "I1", "indirect"}}},
		{"near miss: an answer that opens a clause",
			"The roof gave way at noon. Ivo Pell said the answer was a new roof for every block.",
			[]suggestion{{"the answer was a new roof for every block", "Ivo Pell", "Ivo Pell", "said", "I1", "indirect"}}},
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
