package suggest

import (
	"fmt"
	"testing"
)

// TestRatingLabels: on a page of ratings whose paragraphs open "Name – 7",
// a "he" before anyone else is named in the paragraph, and the missing
// subject of a cue opening a sentence, are the labelled person; with one
// such paragraph only, or a person named before the pronoun, the rule
// stays out.
func TestRatingLabels(t *testing.T) {
	const head = "Ratings after the cup tie\n\nOur verdict on every player.\n\n"
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a pronoun after a labelled role and name",
			head + "Ana Ruiz – 6 Two fine saves and a clean sheet.\n\nCoach: Tom Vale – 8 Made the right change. He said the first half had been “the worst we have played this year”.",
			[]suggestion{{"the first half had been “the worst we have played this year”", "He", "Tom Vale", "said", "I1", "mixed"}}},
		{"a cue with no subject",
			head + "Ana Ruiz – 6 Two fine saves and a clean sheet.\n\nBen Hale – 5 Beaten too easily. Admitted afterwards that he had “lost his man for a second”, which cost a goal.",
			[]suggestion{{"he had “lost his man for a second”", "Ben Hale", "Ben Hale", "Admitted", "I1", "mixed"}}},
		{"near-miss: another person named before the pronoun",
			head + "Ana Ruiz – 6 Two fine saves and a clean sheet.\n\nBen Hale – 4 Taken off at the break. Tom Vale said the change was tactical. “Ben is fine,” he said.",
			[]suggestion{
				{"the change was tactical", "Tom Vale", "Tom Vale", "said", "I1", "indirect"},
				{"“Ben is fine,”", "he", "Tom Vale", "said", "D2", "direct"},
			}},
		{"near-miss: one labelled paragraph is no list",
			head + "Ben Hale – 5 Beaten too easily. Admitted afterwards that he had “lost his man for a second”.",
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
