package suggest

import (
	"fmt"
	"testing"
)

// TestSpeakerNextAct: a content ends before a coordinated verb phrase that
// is the speaker's next act ("… “…” and thanked the crews", "… but did not
// say when"), and a cue "told this paper" keeps the hearer out of the
// content; a coordinated clause with its own subject, a verb that is the
// content subject's own, and "told them this was …" stay as they are.
func TestSpeakerNextAct(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"thanks after a quoted phrase",
			"The mayor said the village had “held together through the worst of it” and thanked the crews for their work.",
			[]suggestion{{"the village had “held together through the worst of it”", "The mayor", "mayor", "said", "I1", "mixed"}}},
		{"a negated verb of saying after but",
			"The minister said the state would pay for the new bridge but did not say when work would start.",
			[]suggestion{{"the state would pay for the new bridge", "The minister", "minister", "said", "I1", "indirect"}}},
		{"a negated verb of saying after a guillemet quote",
			"Lena Holm told reporters that the region would fund »a proper winter timetable« but would not say how much.",
			[]suggestion{{"the region would fund »a proper winter timetable«", "Lena Holm", "Lena Holm", "told", "I1", "mixed"}}},
		{"told this paper",
			"The head teacher, Ruth Ames, told this paper on Monday that the roof would be fixed by spring.",
			[]suggestion{{"the roof would be fixed by spring", "Ruth Ames", "Ruth Ames", "told", "I1", "indirect"}}},
		{"near-miss: a coordinated clause with its own subject stays",
			"The mayor said the village had “held together” and the crews would stay another week.",
			[]suggestion{{"the village had “held together” and the crews would stay another week", "The mayor", "mayor", "said", "I1", "mixed"}}},
		{"near-miss: the content's subject acts, no quotation before and",
			"The mayor said the fire chief had visited the site and thanked the crews.",
			[]suggestion{{"the fire chief had visited the site and thanked the crews", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"near-miss: a negated verb that is not saying",
			"The minister said the firm had promised to pay but did not pay the workers.",
			[]suggestion{{"the firm had promised to pay but did not pay the workers", "The minister", "minister", "said", "I1", "indirect"}}},
		{"near-miss: told them this was",
			"The coach told them this was the last chance to qualify.",
			[]suggestion{{"this was the last chance to qualify", "The coach", "coach", "told", "I1", "indirect"}}},
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
