package suggest

import (
	"fmt"
	"testing"
)

// TestRelativeThatSubject: a sentence's subject described with a relative
// clause on "that" or "which" whose last words are a place or a name after
// a preposition speaks as the description, not as the name; a clause set
// off by commas, or a name that is the clause's object, is left to the
// other rules.
func TestRelativeThatSubject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a description with a clause ending in a place",
			"The driver of the bus that left the road at Kell Bridge last October told investigators he had felt the steering lock.",
			[]suggestion{{"he had felt the steering lock", "The driver of the bus", "driver of the bus", "told", "I1", "indirect"}}},
		{"a body with a clause on which",
			"The firm which built the school in Harlow said the roof was safe.",
			[]suggestion{{"the roof was safe", "The firm", "firm", "said", "I1", "indirect"}}},
		{"a clause set off by commas is no restrictive clause",
			"Ana Ruiz, who chairs the trust that runs Kell Hospital, said the ward would reopen.",
			[]suggestion{{"the ward would reopen", "Ana Ruiz", "Ana Ruiz", "said", "I1", "indirect"}}},
		{"a name after a conjunction that speaks",
			"It was only later that Ann Roe said the vote had been rigged.",
			[]suggestion{{"the vote had been rigged", "Ann Roe", "Ann Roe", "said", "I1", "indirect"}}},
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
