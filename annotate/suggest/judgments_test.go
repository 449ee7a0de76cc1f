package suggest

import (
	"fmt"
	"testing"
)

// TestJudgmentCues: a court's participle ("…, ruling that …"), a perfect
// with an adverb ("had always maintained"), a paragraph mark between commas
// and a party's "accepted that …, but argued that …" are reported speech;
// an acceptance inside what another speaker said, or of an offer, is not.
func TestJudgmentCues(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a court's participle",
			"The tribunal upheld the fine, ruling that the fence stood on council land.",
			[]suggestion{{"the fence stood on council land", "The tribunal", "tribunal", "ruling", "I1p", "indirect"}}},
		{"an adverb inside the perfect",
			"Mara Voss was fined in May. She had always maintained that the fence was on her land.",
			[]suggestion{{"the fence was on her land", "She", "Mara Voss", "had always maintained", "I1", "indirect"}}},
		{"a paragraph mark between commas",
			"Judge Ellen Tapp spoke for an hour. She added, at [12], that the case was weak.",
			[]suggestion{{"the case was weak", "She", "Ellen Tapp", "added", "I1", "indirect"}}},
		{"accepted, but argued",
			"At the hearing the council had accepted that the fence was old, but argued that the fine should stand.",
			[]suggestion{
				{"the fence was old", "the council", "council", "had accepted", "I1", "indirect"},
				{"the fine should stand", "the council", "council", "argued", "I1c", "indirect"},
			}},
		{"an acceptance inside a statement",
			"Judge Ellen Tapp said she accepted that the driver was tired.",
			[]suggestion{{"she accepted that the driver was tired", "Judge Ellen Tapp", "Ellen Tapp", "said", "I1", "indirect"}}},
		{"an offer accepted", "The union accepted the offer on Monday.", nil},
		{"a perfect before a quotation keeps its auxiliary",
			"The ward was full. Nurse Tom Hale had told the inspectors: “I have stopped counting the beds.”",
			[]suggestion{{"“I have stopped counting the beds.”", "Nurse Tom Hale", "Tom Hale", "had told", "D3", "direct"}}},
		{"the second half after a frame with a paragraph mark",
			"Judge Tom Hale spoke. “We cannot be sure of the verdict,” Judge Hale said at [61]. “The conviction is unsafe.”",
			[]suggestion{
				{"“We cannot be sure of the verdict,”", "Judge Hale", "Tom Hale", "said", "D2", "direct"},
				{"“The conviction is unsafe.”", "Judge Hale", "Tom Hale", "said", "F", "direct"},
			}},
		{"the second half closed by an inner quotation",
			"Tom Hale spoke. “She came in with a broken wrist,” he said. “I sent her home and she told me, ‘The river does not care.’”",
			[]suggestion{
				{"“She came in with a broken wrist,”", "he", "Tom Hale", "said", "D2", "direct"},
				{"“I sent her home and she told me, ‘The river does not care.’”", "he", "Tom Hale", "said", "F", "direct"},
				{"‘The river does not care.’", "she", "", "told", "D3", "direct"},
			}},
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
