package suggest

import (
	"fmt"
	"testing"
)

// TestDocumentIsNoShe: a document that spoke ("The Clean Rivers Guidance
// … says", "The Dale Report … says") is never what "She" stands for when
// the woman she stands for was named as an object ("I also spoke to Mary
// Lane"); a person who spoke before still may be, and a company's
// lowercase "guidance" stays the company's.
func TestDocumentIsNoShe(t *testing.T) {
	const after = "\n\nI also spoke to Mary Lane, a warden at Dunmore Council. She said the council had sent 40 letters last year."
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a named guidance",
			"The rules help you. The Clean Rivers Guidance, issued to councils in May, says owners must fix leaks within a week." + after,
			[]suggestion{
				{"owners must fix leaks within a week", "The Clean Rivers Guidance", "Clean Rivers Guidance", "says", "I1", "indirect"},
				{"the council had sent 40 letters last year", "She", "Mary Lane", "said", "I1", "indirect"},
			}},
		{"a named report",
			"The rules help you. The Dale Report, issued to councils in May, says owners must fix leaks within a week." + after,
			[]suggestion{
				{"owners must fix leaks within a week", "The Dale Report", "Dale Report", "says", "I1", "indirect"},
				{"the council had sent 40 letters last year", "She", "Mary Lane", "said", "I1", "indirect"},
			}},
		{"a person before keeps the pronoun's own rules",
			"The rules help you. Tom Reed, a planner, says owners must fix leaks within a week." + after,
			[]suggestion{
				{"owners must fix leaks within a week", "Tom Reed", "Tom Reed", "says", "I1", "indirect"},
				{"the council had sent 40 letters last year", "She", "Mary Lane", "said", "I1", "indirect"},
			}},
		{"a company's lowercase guidance",
			"Verlo Foods cut its forecast. Its guidance in May was £2bn. It said sales fell 4% in June.",
			[]suggestion{{"sales fell 4% in June", "It", "Verlo Foods", "said", "I1", "indirect"}}},
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
