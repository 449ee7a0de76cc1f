package suggest

import (
	"fmt"
	"testing"
)

// TestSaysItOwnedByPerson: a name that "says it …" of something that befell
// "his" or "her" own thing stays a person, so a later "he says" takes it;
// a name that says "it" of itself as a body is one, and "it said" takes it.
func TestSaysItOwnedByPerson(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"it befell his own thing",
			"The frost came early. Dunmore says it killed most of his vines. “I have not seen a May like it,” he says.",
			[]suggestion{
				{"it killed most of his vines", "Dunmore", "Dunmore", "says", "I1", "indirect"},
				{"“I have not seen a May like it,”", "he", "Dunmore", "says", "D2", "direct"}}},
		{"near miss: a body speaks of itself",
			"The frost came early. Dunmore Estates said it had lost its export licence. “We will appeal,” it said.",
			[]suggestion{
				{"it had lost its export licence", "Dunmore Estates", "Dunmore Estates", "said", "I1", "indirect"},
				{"“We will appeal,”", "it", "Dunmore Estates", "said", "D2", "direct"}}},
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
