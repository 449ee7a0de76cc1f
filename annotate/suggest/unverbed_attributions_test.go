package suggest

import (
	"fmt"
	"testing"
)

// TestUnverbedAttributions: a noun of judgment before a colon, "In the
// words of NAME, “…”" and "“…” That was the verdict of NAME" attribute
// without a verb of saying; with no name ("For the council", "the words of
// the song", "the view from the hill") nothing is attributed.
func TestUnverbedAttributions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a possessive view before a colon",
			"Councillor Omar Pike chairs the finance committee. Pike’s view is blunt: the district cannot fund a hall that lost £90,000 last year.",
			[]suggestion{{"the district cannot fund a hall that lost £90,000 last year", "Pike’s", "Omar Pike", "view", "I1", "indirect"}}},
		{"for a name, the answer is simple",
			"Lena Marsh runs the society. For Marsh, the answer to the district is simple: a village pays for its church without asking for a profit.",
			[]suggestion{{"a village pays for its church without asking for a profit", "Marsh", "Lena Marsh", "answer", "I1", "indirect"}}},
		{"in the words of a name and an apposition",
			"In the words of Lena Marsh, the society’s chair, “we were not saving a building, we were saving a village.”",
			[]suggestion{{"“we were not saving a building, we were saving a village.”", "Lena Marsh", "Lena Marsh", "In the words of", "D1", "direct"}}},
		{"the verdict of a name after a quotation",
			"“The roof was fine. It was the boiler that was failing.” That was the verdict of Hana Ruiz, the surveyor who inspected the hall.",
			[]suggestion{{"“The roof was fine. It was the boiler that was failing.”", "Hana Ruiz", "Hana Ruiz", "was the verdict of", "D1", "direct"}}},
		{"so says a name, for the sentence before",
			"Most boys who miss the bus never go back. So says Adeyemi, who runs the evening club.",
			[]suggestion{{"Most boys who miss the bus never go back", "Adeyemi", "Adeyemi", "says", "I1", "indirect"}}},
		{"near-miss: so says the law",
			"Most boys who miss the bus never go back. So says the law of averages.",
			nil},
		{"near-miss: so says a name after a new paragraph",
			"Most boys who miss the bus never go back.\n\nSo says Adeyemi, who runs the evening club.",
			nil},
		{"near-miss: the view from the hill",
			"“The roof was fine. It was the boiler that was failing.” That was the view from the hill.",
			nil},
		{"near-miss: in the words of the song",
			"In the words of the song, “we shall overcome some day.”",
			nil},
		{"near-miss: a cost before a colon, no name",
			"For the council, the cost is high: the roof alone would take a year of the budget.",
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
